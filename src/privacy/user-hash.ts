import { createHmac } from 'node:crypto';

/**
 * A stable pseudonym for a user id: HMAC-SHA-256 keyed with a secret salt, so
 * stored records can be grouped by person without carrying the Teams/AAD id,
 * and the ids cannot be recovered by hashing a list of known ids without the salt.
 */
export function hashUserId(userId: string, salt: string): string {
  if (!salt) throw new Error('[privacy] user hash: the salt must not be empty (INSIGHTS_SALT)');
  return createHmac('sha256', salt).update(userId, 'utf8').digest('hex');
}

/** hashUserId with the salt bound once, for the composition root to hand to the bot. */
export function createUserHasher(salt: string): (userId: string) => string {
  if (!salt) throw new Error('[privacy] user hash: the salt must not be empty (INSIGHTS_SALT)');
  return (userId) => hashUserId(userId, salt);
}
