import { OncePerKey } from '../../src/bot/once-per-key';

describe('OncePerKey', () => {
  it('grants a key once', () => {
    const once = new OncePerKey();
    expect(once.claim('a')).toBe(true);
    expect(once.claim('a')).toBe(false);
    expect(once.claim('b')).toBe(true);
  });

  it('forgets the oldest key beyond its capacity', () => {
    const once = new OncePerKey(2);
    once.claim('a');
    once.claim('b');
    once.claim('c');
    expect(once.claim('a')).toBe(true);
    expect(once.claim('c')).toBe(false);
  });
});
