import { describe, expect, it } from 'vitest';
import { formatShortSlot } from '../../src/i18n/dates';

// The no-break space between weekday and date is for wrapping; read it as a space here.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatShortSlot', () => {
  it('writes a slot short, with the weekday, in Dutch and Flemish', () => {
    expect(plain(formatShortSlot('2026-12-14T13:30', 'nl-NL'))).toBe('ma 14/12 13:30');
    expect(plain(formatShortSlot('2026-12-14T13:30', 'nl-BE'))).toBe('ma 14/12 13:30');
  });

  it('writes it in English with the day before the month', () => {
    expect(plain(formatShortSlot('2026-12-14T13:30', 'en'))).toBe('Mon 14/12 13:30');
    expect(plain(formatShortSlot('2026-12-14T13:30', 'en-GB'))).toBe('Mon 14/12 13:30');
  });

  it('pads early hours and days, and keeps the day near midnight', () => {
    expect(plain(formatShortSlot('2027-01-04T08:05', 'nl-NL'))).toBe('ma 04/01 08:05');
    expect(plain(formatShortSlot('2026-12-13T23:45', 'nl-NL'))).toBe('zo 13/12 23:45');
  });

  it('wraps only before the time', () => {
    expect(formatShortSlot('2026-12-14T13:30', 'nl-NL')).toBe('ma\u00a014/12 13:30');
  });
});
