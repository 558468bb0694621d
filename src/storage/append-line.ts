import { closeSync, fstatSync, ftruncateSync, openSync, writeSync } from 'node:fs';

export interface AppendFs {
  openSync: typeof openSync;
  fstatSync: typeof fstatSync;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  ftruncateSync: typeof ftruncateSync;
  closeSync: typeof closeSync;
}

const realFs: AppendFs = { openSync, fstatSync, writeSync, ftruncateSync, closeSync };

/**
 * Appends one line, whole or not at all: when the disk fills up halfway
 * (writeSync writes part, then ENOSPC), the file is cut back to its old length,
 * so the next record does not continue a broken line. Throws the write's error.
 */
export function appendWholeLine(file: string, line: string, mode = 0o600, fs: AppendFs = realFs): void {
  const data = Buffer.from(line.endsWith('\n') ? line : `${line}\n`, 'utf8');
  const fd = fs.openSync(file, 'a', mode);
  try {
    const before = fs.fstatSync(fd).size;
    try {
      let written = 0;
      while (written < data.length) written += fs.writeSync(fd, data, written, data.length - written);
    } catch (error) {
      try {
        fs.ftruncateSync(fd, before);
      } catch {
        // Cutting back failed as well: the reader skips lines that are not JSON.
      }
      throw error;
    }
  } finally {
    fs.closeSync(fd);
  }
}
