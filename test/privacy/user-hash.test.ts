import { createUserHasher, hashUserId } from '../../src/privacy/user-hash';

describe('hashUserId', () => {
  it('is HMAC-SHA-256 of the id keyed with the salt, as 64 hex digits (stable across releases)', () => {
    expect(hashUserId('29:1AbC-user-42', 'geheim')).toBe('03406edf140aee9f8e0b560fe924bcb62211ea5a832899bfd0824068f8f76876');
  });

  it('differs per user and per salt, and never contains the id', () => {
    const a = hashUserId('user-a', 'salt-1');
    expect(hashUserId('user-a', 'salt-1')).toBe(a);
    expect(hashUserId('user-b', 'salt-1')).not.toBe(a);
    expect(hashUserId('user-a', 'salt-2')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toContain('user-a');
  });

  it('refuses an empty salt, naming the setting', () => {
    expect(() => hashUserId('user-a', '')).toThrow(/\[privacy\].*INSIGHTS_SALT/);
    expect(() => createUserHasher('')).toThrow(/INSIGHTS_SALT/);
  });
});

describe('createUserHasher', () => {
  it('binds the salt once', () => {
    expect(createUserHasher('s')('user-a')).toBe(hashUserId('user-a', 's'));
  });
});
