import { createServer } from 'node:net';
import { busyPortMessage } from '../../src/tools/port-check';

describe('npm run playground with a taken port', () => {
  it('names the port that is busy and the variable to change it', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      expect(await busyPortMessage([{ port, what: 'Bot', variable: 'PORT' }])).toBe(`Port ${port} ist belegt (Bot). Beenden Sie das Programm, das ihn nutzt, oder wählen Sie einen anderen: PORT=<Port> npm run playground`);
    } finally {
      taken.close();
    }
    expect(await busyPortMessage([{ port, what: 'Bot', variable: 'PORT' }])).toBeUndefined();
  });
});
