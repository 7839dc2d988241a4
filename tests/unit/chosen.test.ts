// What a choice control shows while its write is on the way and after: the pupil's step at
// once, the stored value again once the live read has answered after the last write.
import { describe, expect, it } from 'vitest';
import { chosenOrLive } from '../../src/app/chosen';

describe('chosenOrLive', () => {
  it('shows the stored value when nothing was chosen', () => {
    expect(chosenOrLive(null, 3)).toBe(3);
    expect(chosenOrLive(null, undefined)).toBeUndefined();
  });

  it('shows the choice while its write is pending, whatever the live read says meanwhile', () => {
    expect(chosenOrLive({ value: 5 }, 3)).toBe(5);
    // The first of two quick writes came back: the second is still on its way.
    expect(chosenOrLive({ value: 5 }, 4)).toBe(5);
  });

  it('keeps the choice until the live read answers after the last write', () => {
    const live = { step: 3 };
    expect(chosenOrLive({ value: { step: 5 }, since: { live } }, live)).toEqual({ step: 5 });
    const after = { step: 5 };
    expect(chosenOrLive({ value: { step: 5 }, since: { live } }, after)).toBe(after);
  });

  it('shows a write made elsewhere once this screen has none on its way', () => {
    const live = { step: 5 };
    const elsewhere = { step: 1 };
    expect(chosenOrLive({ value: { step: 5 }, since: { live } }, elsewhere)).toBe(elsewhere);
  });
});
