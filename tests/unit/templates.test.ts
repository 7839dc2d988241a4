import { describe, expect, it } from 'vitest';
import { templateFor } from '../../src/features/rounds/templates';

describe('conversation templates', () => {
  it('KOM starts with the four core questions, then Hattie’s three', () => {
    const texts = templateFor('kom').questions.map((q) => q.text.nl);
    expect(texts.slice(0, 4)).toEqual([
      'Wat heb ik de voorbije weken geleerd?',
      'Waar ben ik trots op?',
      'Wat zijn mijn werkpunten?',
      'Waar heb ik nog hulp nodig, en wie kan me helpen?',
    ]);
    expect(texts.slice(4)).toEqual([
      'Waar wil ik naartoe?',
      'Hoe ver ben ik al?',
      'Wat is mijn volgende stap, en wat heb ik daarvoor nodig?',
    ]);
    expect(templateFor('kom').agenda).toEqual([]);
  });

  it('kennismaking has the ten agenda topics of seeds/003, each with three sides in both languages', () => {
    const agenda = templateFor('kennismaking').agenda;
    expect(agenda.map((topic) => topic.id)).toEqual([
      'kennis-introduction',
      'kennis-agenda',
      'kennis-transition',
      'kennis-expectations',
      'kennis-social',
      'kennis-support',
      'kennis-routine',
      'kennis-interests',
      'kennis-particulars',
      'kennis-closing',
    ]);
    for (const topic of agenda) {
      for (const side of [topic.title, topic.pupil, topic.parent, topic.teacher]) {
        expect(side.nl.trim(), topic.id).not.toBe('');
        expect(side.en.trim(), topic.id).not.toBe('');
      }
    }
  });

  it('studiekeuze asks about interests, talents, the next school, worries and needs', () => {
    const ids = templateFor('studiekeuze').questions.map((q) => q.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'studie-interests',
        'studie-talents',
        'studie-school',
        'studie-worries',
        'studie-need',
      ]),
    );
  });

  it('every kind but own has parent questions; own starts empty', () => {
    for (const kind of ['kom', 'kennismaking', 'studiekeuze'] as const) {
      expect(templateFor(kind).parentQuestions.length, kind).toBeGreaterThanOrEqual(4);
    }
    expect(templateFor('own')).toMatchObject({ questions: [], agenda: [], parentQuestions: [] });
  });
});
