/**
 * Remembers keys in this process so that two turns racing on the same key
 * (Teams sends installationUpdate and conversationUpdate for one install, at
 * the same moment, and both read the stored "welcomed" flag before either
 * writes it) act only once. The stored flag still covers restarts; this covers
 * the race. Bounded: the oldest keys are forgotten first.
 */
export class OncePerKey {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity = 10_000) {}

  /** True the first time a key is claimed, false afterwards. */
  claim(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    if (this.seen.size > this.capacity) this.seen.delete(this.seen.values().next().value as string);
    return true;
  }
}
