import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_QUESTIONS,
  findBuiltInQuestion,
  questionsFor,
} from '../../src/features/rounds/question-bank';
import { AGE_BANDS, QUESTION_CATEGORIES } from '../../src/features/rounds/model';
import { TEMPLATES } from '../../src/features/rounds/templates';

describe('built-in question bank', () => {
  it('has at least 60 questions, at least 8 per category', () => {
    expect(BUILT_IN_QUESTIONS.length).toBeGreaterThanOrEqual(60);
    for (const category of QUESTION_CATEGORIES) {
      expect(
        BUILT_IN_QUESTIONS.filter((q) => q.category === category).length,
        category,
      ).toBeGreaterThanOrEqual(8);
    }
  });

  it('gives every age band at least 3 questions in every category', () => {
    for (const age of AGE_BANDS) {
      for (const category of QUESTION_CATEGORIES) {
        expect(questionsFor(age, category).length, `${age} ${category}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('has no empty, over-long or duplicate text in either language', () => {
    for (const language of ['nl', 'en'] as const) {
      const texts = BUILT_IN_QUESTIONS.map((q) => q.text[language].trim());
      expect(texts.filter((text) => text === '')).toEqual([]);
      expect(texts.filter((text) => text.length > 160)).toEqual([]);
      expect(new Set(texts.map((text) => text.toLowerCase())).size).toBe(texts.length);
    }
  });

  it('keeps ids unique, also against the templates', () => {
    const templateIds = Object.values(TEMPLATES).flatMap((template) => [
      ...template.questions.map((q) => q.id),
      ...template.parentQuestions.map((q) => q.id),
      ...template.agenda.map((topic) => topic.id),
    ]);
    const ids = [...BUILT_IN_QUESTIONS.map((q) => q.id), ...templateIds];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('filters by age band and category, and finds by id', () => {
    const kleuterTrots = questionsFor('kleuters', 'trots');
    expect(kleuterTrots.every((q) => q.category === 'trots' && q.ages.includes('kleuters'))).toBe(
      true,
    );
    expect(questionsFor('bovenbouw').length).toBeGreaterThan(questionsFor('kleuters').length);
    expect(findBuiltInQuestion('trots-01')?.text.nl).toBe('Waar ben je trots op?');
    expect(findBuiltInQuestion('nope')).toBeUndefined();
  });
});
