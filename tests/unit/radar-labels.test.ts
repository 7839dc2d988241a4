import { describe, expect, it } from 'vitest';
import { LABEL_LINE_LETTERS, labelLines } from '../../src/features/radar/radar-labels';

describe('labelLines', () => {
  it('keeps a short label on one line', () => {
    expect(labelLines('Rekenen')).toEqual(['Rekenen']);
  });

  it('breaks a long label between words, no line longer than the limit', () => {
    const lines = labelLines('Me fijn voelen in de klas');
    expect(lines).toEqual(['Me fijn', 'voelen in de', 'klas']);
    expect(lines.every((line) => line.length <= LABEL_LINE_LETTERS)).toBe(true);
  });

  it('breaks a word longer than a line with a hyphen and loses no letter', () => {
    const lines = labelLines('Samenwerkingsopdrachten maken');
    expect(lines.every((line) => line.length <= LABEL_LINE_LETTERS)).toBe(true);
    expect(lines.join('').replace(/-/g, '')).toBe('Samenwerkingsopdrachtenmaken');
  });

  it('ignores spaces around and between words', () => {
    expect(labelLines('  Lezen   en  schrijven ')).toEqual(['Lezen en', 'schrijven']);
  });
});
