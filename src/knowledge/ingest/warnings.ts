/** Something ingest read with doubt: the document line (1-based) and what it did about it. */
export interface IngestWarning {
  line?: number;
  message: string;
}

export class IngestWarnings {
  readonly list: IngestWarning[] = [];
  add(line: number | undefined, message: string): void {
    this.list.push({ ...(line !== undefined ? { line } : {}), message });
  }
}

/** A document ingest cannot read; the message is one line, German and English, naming the line when there is one. */
export class IngestError extends Error {
  override readonly name = 'IngestError';
}

export function formatWarning(w: IngestWarning): string {
  return `[ingest] ${w.line !== undefined ? `Zeile/line ${w.line}: ` : ''}${w.message}`;
}
