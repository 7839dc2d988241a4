import { describe, expect, it } from 'vitest';
import { cleanName, MAX_PUPILS_PER_CLASS, parseNameList } from '../../src/features/class/name-list';

describe('parseNameList', () => {
  it('reads one name a line and counts empty lines', () => {
    const parsed = parseNameList('Emma\n\nNoah\r\n  \nLiam\n');
    expect(parsed.names).toEqual(['Emma', 'Noah', 'Liam']);
    expect(parsed.emptyLines).toBe(3);
  });

  it('keeps the first of duplicates, case-insensitively, and reports the rest', () => {
    const parsed = parseNameList('Emma\nemma\nEMMA \nNoah', ['noah']);
    expect(parsed.names).toEqual(['Emma']);
    expect(parsed.duplicates).toEqual(['emma', 'EMMA', 'Noah']);
  });

  it('takes the first column of a first-name/last-name table', () => {
    const parsed = parseNameList('Emma\tde Vries\nNoah\tJanssens\n\tPeeters\tAnna');
    expect(parsed.names).toEqual(['Emma', 'Noah', 'Peeters']);
  });

  it('takes every cell of a single spreadsheet row', () => {
    expect(parseNameList('Emma\tNoah\t\tLiam').names).toEqual(['Emma', 'Noah', 'Liam']);
  });

  it('keeps quotes and markup as plain text', () => {
    const parsed = parseNameList('"Lotte"\n<script>alert(1)</script>\nJan-Willem O\'Brien');
    expect(parsed.names).toEqual(['"Lotte"', '<script>alert(1)</script>', "Jan-Willem O'Brien"]);
  });

  it('leaves out names over 40 characters', () => {
    const long = 'A'.repeat(41);
    const parsed = parseNameList(`Emma\n${long}`);
    expect(parsed.names).toEqual(['Emma']);
    expect(parsed.tooLong).toEqual([long]);
  });

  it('handles 200 names: the class limit applies and the rest is reported', () => {
    const text = Array.from({ length: 200 }, (_, i) => `Kind ${i + 1}`).join('\n');
    const parsed = parseNameList(text);
    expect(parsed.names).toHaveLength(MAX_PUPILS_PER_CLASS);
    expect(parsed.overLimit).toHaveLength(200 - MAX_PUPILS_PER_CLASS);
    expect(parsed.names[0]).toBe('Kind 1');
    expect(parsed.overLimit.at(-1)).toBe('Kind 200');
  });

  it('counts the pupils already in the class against the limit', () => {
    const existing = Array.from({ length: MAX_PUPILS_PER_CLASS - 1 }, (_, i) => `Oud ${i}`);
    const parsed = parseNameList('Emma\nNoah', existing);
    expect(parsed.names).toEqual(['Emma']);
    expect(parsed.overLimit).toEqual(['Noah']);
  });

  it('returns nothing for empty input', () => {
    expect(parseNameList('')).toMatchObject({ names: [], duplicates: [], emptyLines: 1 });
  });
});

describe('cleanName', () => {
  it('collapses spaces and removes invisible characters', () => {
    expect(cleanName('  Anne\u200b  Marie\u0000 ')).toBe('Anne Marie');
  });
});
