/** Field checks that several tables share (registry.ts puts the tables together). */
import { oneOf, optional, record, text, whole } from './checks';
import { TEXT_LIMITS } from './limits';
import { SCALE_STEPS, SHARES, type RatingScale } from './vocabulary';
import type { HashedSecret } from './types';

export const share = oneOf(SHARES);
export const plainText = text(TEXT_LIMITS.long);
export const shortText = text(TEXT_LIMITS.short);
const base64 = text(200, /^[A-Za-z0-9+/]*={0,2}$/);
export const hashedSecret = record<HashedSecret>({
  algorithm: oneOf(['PBKDF2-SHA-256']),
  iterations: whole(1, 10_000_000),
  salt: base64,
  hash: base64,
});
export const minutes = (max: number) => whole(1, max);
export const rating = optional(whole(0, 10));
export const ofPupilInRound = { pupilId: 'pupils', roundId: 'rounds' } as const;

export function inScale(row: { scale: RatingScale; now?: number; month?: number }) {
  const steps = SCALE_STEPS.get(row.scale)!;
  return [row.now, row.month].every(
    (value) => value === undefined || (value >= steps.min && value <= steps.max),
  );
}
