import { describe, expect, it } from 'vitest';
import { TOOL_IDS } from '../../src/db';
import {
  draftRound,
  roundProblems,
  slotFitsRound,
  topicProblems,
} from '../../src/features/rounds/round-rules';
import {
  AGE_BAND_DEFAULTS,
  defaultTopicsFor,
  MAX_TOPICS,
  MIN_TOPICS,
} from '../../src/features/rounds/defaults';
import { addDays, parseDay, slotDay } from '../../src/features/rounds/dates';
import { AGE_BANDS } from '../../src/features/rounds/model';

const TODAY = '2026-11-22';

describe('age-band defaults', () => {
  it('kleuters: three steps, spoken answers, no typing tools', () => {
    expect(AGE_BAND_DEFAULTS.kleuters).toMatchObject({
      scale: 'three-steps',
      answerMode: 'spoken',
    });
    expect(AGE_BAND_DEFAULTS.kleuters.tools).not.toContain('questions');
    expect(AGE_BAND_DEFAULTS.kleuters.tools).not.toContain('circles');
  });

  it('bovenbouw: thermometer, typed answers, every tool', () => {
    expect(AGE_BAND_DEFAULTS.bovenbouw).toMatchObject({
      scale: 'thermometer',
      answerMode: 'typed',
    });
    // The oldest pupils get every tool there is.
    expect(AGE_BAND_DEFAULTS.bovenbouw.tools).toEqual([...TOOL_IDS]);
  });

  it('gives every age band a valid topic list', () => {
    for (const age of AGE_BANDS) {
      const topics = defaultTopicsFor(age);
      expect(topics.length, age).toBeGreaterThanOrEqual(MIN_TOPICS);
      expect(topics.length, age).toBeLessThanOrEqual(MAX_TOPICS);
      expect(
        topicProblems(topics.map((topic) => ({ id: topic.id, label: topic.label.nl }))),
      ).toEqual([]);
    }
  });
});

describe('draftRound', () => {
  it('starts a KOM round for bovenbouw with the four questions and valid settings', () => {
    const draft = draftRound('kom', 'bovenbouw', 'nl', TODAY, 'KOM-gesprek november 2026');
    expect(roundProblems(draft)).toEqual([]);
    expect(draft.scale).toBe('thermometer');
    expect(draft.questions.length).toBeGreaterThanOrEqual(4);
    expect(draft.lookBackFrom).toBe('2026-10-11');
    expect(draft.firstDay > TODAY).toBe(true);
    expect(draft.agenda).toEqual([]);
  });

  it('starts a kennismaking round for kleuters with the agenda and the three-step scale', () => {
    const draft = draftRound('kennismaking', 'kleuters', 'nl', TODAY, 'Kennismaking');
    expect(draft.scale).toBe('three-steps');
    expect(draft.answerMode).toBe('spoken');
    expect(draft.agenda).toHaveLength(10);
    expect(roundProblems(draft)).toEqual([]);
  });

  it('uses the class language for the copied texts', () => {
    const dutch = draftRound('kom', 'middenbouw', 'nl', TODAY, 'x');
    const english = draftRound('kom', 'middenbouw', 'en', TODAY, 'x');
    expect(dutch.questions[0]!.text).not.toBe(english.questions[0]!.text);
    expect(english.topics[0]!.label).toBe('Reading');
  });
});

describe('roundProblems', () => {
  const valid = () => draftRound('kom', 'middenbouw', 'nl', TODAY, 'KOM');

  it('refuses an empty or too long title', () => {
    expect(roundProblems({ ...valid(), title: '  ' })).toContain('title-empty');
    expect(roundProblems({ ...valid(), title: 'x'.repeat(81) })).toContain('title-too-long');
  });

  it('refuses fewer than 3 and more than 10 topics, empty and duplicate topics', () => {
    const round = valid();
    expect(roundProblems({ ...round, topics: round.topics.slice(0, 2) })).toContain(
      'too-few-topics',
    );
    const many = Array.from({ length: 11 }, (_, i) => ({ id: `t${i}`, label: `Onderwerp ${i}` }));
    expect(roundProblems({ ...round, topics: many })).toContain('too-many-topics');
    expect(
      roundProblems({ ...round, topics: [...round.topics.slice(0, 3), { id: 'x', label: ' ' }] }),
    ).toContain('topic-empty');
    expect(
      roundProblems({
        ...round,
        topics: [...round.topics.slice(0, 3), { id: 'x', label: 'LEZEN ' }],
      }),
    ).toContain('topic-duplicate');
  });

  it('refuses duplicate and over-long questions', () => {
    const round = valid();
    const first = round.questions[0]!;
    expect(
      roundProblems({
        ...round,
        questions: [...round.questions, { id: 'd', text: first.text.toUpperCase() }],
      }),
    ).toContain('question-duplicate');
    expect(roundProblems({ ...round, questions: [{ id: 'l', text: 'x'.repeat(201) }] })).toContain(
      'question-too-long',
    );
  });

  it('refuses dates in the wrong order, impossible dates and a look-back after the start', () => {
    const round = valid();
    expect(roundProblems({ ...round, lastDay: addDays(round.firstDay, -1) })).toContain(
      'dates-order',
    );
    expect(roundProblems({ ...round, firstDay: '2026-02-30' })).toContain('dates-invalid');
    expect(roundProblems({ ...round, lookBackFrom: addDays(round.firstDay, 1) })).toContain(
      'look-back-after-start',
    );
  });

  it('refuses minutes out of range and a round without tools', () => {
    expect(roundProblems({ ...valid(), minutesPerTalk: 0 })).toContain('minutes-range');
    expect(roundProblems({ ...valid(), tools: [] })).toContain('no-tools');
  });
});

describe('slots and days', () => {
  const round = { firstDay: '2026-12-07', lastDay: '2026-12-11' };

  it('accepts a slot on a conversation day and refuses one outside', () => {
    expect(slotFitsRound('2026-12-07T08:30', round)).toBe(true);
    expect(slotFitsRound('2026-12-11T16:00', round)).toBe(true);
    expect(slotFitsRound('2026-12-12T09:00', round)).toBe(false);
    expect(slotFitsRound('2026-12-06T23:59', round)).toBe(false);
    expect(slotFitsRound('2026-12-08T25:00', round)).toBe(false);
    expect(slotFitsRound('garbage', round)).toBe(false);
  });

  it('parses only real days', () => {
    expect(parseDay('2026-02-28')).toBeInstanceOf(Date);
    expect(parseDay('2026-02-29')).toBeUndefined();
    expect(slotDay('2026-12-08T09:15')).toBe('2026-12-08');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
