import { createServer } from 'node:net';

/** True when nothing listens on `port` (on any interface), so a server can take it. */
export async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

/** The first of the named ports that is taken, as a German line for the terminal; undefined when all are free. */
export async function busyPortMessage(ports: readonly { port: number; what: string; variable: string }[]): Promise<string | undefined> {
  for (const { port, what, variable } of ports) {
    if (!(await portIsFree(port))) return `Port ${port} ist belegt (${what}). Beenden Sie das Programm, das ihn nutzt, oder wählen Sie einen anderen: ${variable}=<Port> npm run playground`;
  }
  return undefined;
}
