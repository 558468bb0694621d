/**
 * The object without its undefined fields. Dialog options and requests are stored
 * as JSON and typed with optional fields: a value not given is left out, never stored as undefined.
 */
export function defined<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
