import { describe, expect, it } from 'vitest';
import { afterWrongTry, NO_LOCKOUT, secondsToWait } from '../../src/features/access/lockout';

describe('picture-code lockout', () => {
  it('lets two wrong tries pass and makes the third wait 30 seconds', () => {
    const now = 1_000_000;
    const once = afterWrongTry(NO_LOCKOUT, now);
    const twice = afterWrongTry(once, now);
    expect(secondsToWait(twice, now)).toBe(0);
    const thrice = afterWrongTry(twice, now);
    expect(secondsToWait(thrice, now)).toBe(30);
    expect(secondsToWait(thrice, now + 29_500)).toBe(1);
    expect(secondsToWait(thrice, now + 30_000)).toBe(0);
  });

  it('doubles the wait for each further wrong try, up to five minutes', () => {
    let state = NO_LOCKOUT;
    for (let i = 0; i < 4; i++) state = afterWrongTry(state, 0);
    expect(secondsToWait(state, 0)).toBe(60);
    for (let i = 0; i < 10; i++) state = afterWrongTry(state, 0);
    expect(secondsToWait(state, 0)).toBe(300);
  });
});
