import { closeSync, fstatSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendWholeLine, type AppendFs } from '../../src/storage/append-line';

/** Issue 15, fault 7: a partial insights line (full disk) corrupted the next record. */
describe('appendWholeLine', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'amip-append-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('appends lines, creating the file 0600', () => {
    const file = join(dir, 'a.jsonl');
    appendWholeLine(file, '{"n":1}');
    appendWholeLine(file, '{"n":2}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"n":1}\n{"n":2}\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('leaves no part of a line the disk had no room for', () => {
    const file = join(dir, 'b.jsonl');
    appendWholeLine(file, '{"n":1}');
    // A disk that takes 5 bytes and then is full.
    const fullDisk: AppendFs = {
      openSync,
      fstatSync,
      ftruncateSync,
      closeSync,
      writeSync: (() => {
        let calls = 0;
        return (fd: number, buffer: Uint8Array, offset: number) => {
          calls += 1;
          if (calls > 1) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          return writeSync(fd, buffer, offset, 5);
        };
      })(),
    };
    expect(() => appendWholeLine(file, '{"n":2,"text":"lang genug"}', 0o600, fullDisk)).toThrow(/ENOSPC/);
    appendWholeLine(file, '{"n":3}');
    expect(readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { n: number })).toEqual([{ n: 1 }, { n: 3 }]);
  });
});
