import type { Response as AdapterResponse } from 'botbuilder';

/**
 * What CloudAdapter.process writes, kept instead of sent, so the server can
 * decide what the client sees (401 for failed authentication, no error text).
 */
export class RecordedResponse implements AdapterResponse {
  readonly socket: unknown = undefined;
  statusCode = 200;
  body: unknown = undefined;
  readonly headers = new Map<string, unknown>();

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  header(name: string, value: unknown): this {
    this.headers.set(name, value);
    return this;
  }

  send(...args: unknown[]): this {
    this.body = args[0];
    return this;
  }

  end(): this {
    return this;
  }
}
