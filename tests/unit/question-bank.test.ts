import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_QUESTIONS,
  findBuiltInQuestion,
  questionsFor,
} from '../../src/features/rounds/question-bank';
import { AGE_BANDS, QUESTION_CATEGORIES } from '../../src/features/rounds/model';
import type { QuestionCategory } from '../../src/features/rounds/model';
import { TEMPLATES } from '../../src/features/rounds/templates';

/** The id prefix of each category; ids are stable, so this may never change. */
const PREFIX: Record<QuestionCategory, string> = {
  leren: 'leren',
  trots: 'trots',
  werkpunten: 'werk',
  hulp: 'hulp',
  klas: 'klas',
  thuis: 'thuis',
  gevoel: 'gevoel',
  interesses: 'interesse',
  toekomst: 'toekomst',
};

const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

describe('built-in question bank', () => {
  it('has at least 72 questions, at least 8 per category', () => {
    expect(BUILT_IN_QUESTIONS.length).toBeGreaterThanOrEqual(72);
    for (const category of QUESTION_CATEGORIES) {
      const count = BUILT_IN_QUESTIONS.filter((q) => q.category === category).length;
      expect(count, category).toBeGreaterThanOrEqual(8);
    }
  });

  it('gives every age band at least 3 questions in every category', () => {
    for (const age of AGE_BANDS) {
      for (const category of QUESTION_CATEGORIES) {
        expect(questionsFor(age, category).length, `${age} ${category}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('gives every question a known category and at least one known age band, once each', () => {
    for (const q of BUILT_IN_QUESTIONS) {
      expect(QUESTION_CATEGORIES, q.id).toContain(q.category);
      expect(q.ages.length, q.id).toBeGreaterThan(0);
      expect(
        q.ages.every((age) => AGE_BANDS.includes(age)),
        q.id,
      ).toBe(true);
      expect(new Set(q.ages).size, q.id).toBe(q.ages.length);
    }
  });

  it('has no empty or whitespace-only text in either language', () => {
    const empty = BUILT_IN_QUESTIONS.filter((q) => !q.text.nl.trim() || !q.text.en.trim());
    expect(empty.map((q) => q.id)).toEqual([]);
  });

  it('has no text over 160 characters, and short text for kleuters', () => {
    const long = BUILT_IN_QUESTIONS.filter((q) => q.text.nl.length > 160 || q.text.en.length > 160);
    expect(long.map((q) => q.id)).toEqual([]);
    const longForKleuters = questionsFor('kleuters').filter((q) => q.text.nl.length > 90);
    expect(longForKleuters.map((q) => q.id)).toEqual([]);
  });

  it('has no duplicate text in either language', () => {
    for (const language of ['nl', 'en'] as const) {
      const texts = BUILT_IN_QUESTIONS.map((q) => normal(q.text[language]));
      const duplicates = texts.filter((text, index) => texts.indexOf(text) !== index);
      expect(duplicates, language).toEqual([]);
    }
  });

  it('ends every question with a question mark or a full stop', () => {
    const open = BUILT_IN_QUESTIONS.filter(
      (q) => !/[?.]$/.test(q.text.nl.trim()) || !/[?.]$/.test(q.text.en.trim()),
    );
    expect(open.map((q) => q.id)).toEqual([]);
  });

  it('keeps ids in the form category-nn, unique, also against the templates', () => {
    for (const q of BUILT_IN_QUESTIONS) {
      expect(q.id).toMatch(new RegExp(`^${PREFIX[q.category]}-\\d{2}$`));
    }
    const templateIds = Object.values(TEMPLATES).flatMap((template) => [
      ...template.questions.map((q) => q.id),
      ...template.parentQuestions.map((q) => q.id),
      ...template.agenda.map((topic) => topic.id),
    ]);
    const ids = [...BUILT_IN_QUESTIONS.map((q) => q.id), ...templateIds];
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
  });

  it('filters by age band and category, in bank order', () => {
    for (const age of AGE_BANDS) {
      const all = questionsFor(age);
      expect(all).toEqual(BUILT_IN_QUESTIONS.filter((q) => q.ages.includes(age)));
      for (const category of QUESTION_CATEGORIES) {
        const some = questionsFor(age, category);
        expect(some.every((q) => q.category === category && q.ages.includes(age))).toBe(true);
        expect(some).toEqual(all.filter((q) => q.category === category));
      }
    }
    const kleuterIds = questionsFor('kleuters').map((q) => q.id);
    expect(kleuterIds).toContain('werk-09');
    expect(kleuterIds).not.toContain('toekomst-06');
    expect(questionsFor('bovenbouw', 'toekomst').map((q) => q.id)).toContain('toekomst-06');
    expect(questionsFor('bovenbouw', 'toekomst').map((q) => q.id)).not.toContain('toekomst-12');
    expect(questionsFor('onderbouw', 'hulp').map((q) => q.id)).not.toContain('hulp-06');
  });

  it('finds a question by id, and nothing for an unknown id', () => {
    expect(findBuiltInQuestion('trots-01')?.text.nl).toBe('Waar ben je trots op?');
    expect(findBuiltInQuestion('werk-09')?.category).toBe('werkpunten');
    expect(findBuiltInQuestion('nope')).toBeUndefined();
    expect(findBuiltInQuestion('kom-learned')).toBeUndefined();
  });

  it('lets the pupil decide what goes to the parents (seeds/004)', () => {
    const grip = findBuiltInQuestion('thuis-05');
    expect(grip?.text.nl).toBe(
      'Wat wil je dat je juf of meester aan je ouders vertelt of vraagt, en wat niet?',
    );
    expect(grip?.ages).toEqual(['onderbouw', 'middenbouw', 'bovenbouw']);
  });
});
