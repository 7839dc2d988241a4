import { describe, expect, it } from 'vitest';
import { CONVERSATION_KINDS } from '../../src/features/rounds/model';
import { BUILT_IN_QUESTIONS } from '../../src/features/rounds/question-bank';
import { TEMPLATES, templateFor } from '../../src/features/rounds/templates';

const texts = (list: readonly { text: { nl: string; en: string } }[]) =>
  list.flatMap((q) => [q.text.nl, q.text.en]);

describe('conversation templates', () => {
  it('has one template per kind, of that kind', () => {
    expect(Object.keys(TEMPLATES).sort()).toEqual([...CONVERSATION_KINDS].sort());
    for (const kind of CONVERSATION_KINDS) {
      expect(templateFor(kind).kind).toBe(kind);
      expect(templateFor(kind)).toBe(TEMPLATES[kind]);
    }
  });

  it('KOM starts with the four core questions of seeds/000, then Hattie’s three', () => {
    const kom = templateFor('kom');
    expect(kom.questions.map((q) => q.text.nl)).toEqual([
      'Wat heb ik de voorbije periode geleerd?',
      'Waar kan ik trots op zijn?',
      'Wat zijn mijn werkpunten?',
      'Waar heb ik nog hulp nodig en waar kan ik die halen?',
      'Waar wil ik naartoe? Wat is mijn doel?',
      'Hoe ver ben ik al? Wat heb ik al bereikt?',
      'Wat is mijn volgende stap, en wat heb ik daarvoor nodig?',
    ]);
    expect(kom.questions.map((q) => q.id)).toEqual([
      'kom-learned',
      'kom-proud',
      'kom-work-on',
      'kom-help',
      'kom-goal',
      'kom-how-far',
      'kom-next-step',
    ]);
    expect(kom.agenda).toEqual([]);
    expect(kom.parentQuestions.length).toBeGreaterThanOrEqual(4);
    expect(kom.parentQuestions.length).toBeLessThanOrEqual(6);
  });

  it('kennismaking has the ten agenda topics of seeds/003, each with three sides in both languages', () => {
    const kennismaking = templateFor('kennismaking');
    expect(kennismaking.agenda.map((topic) => topic.id)).toEqual([
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
    expect(kennismaking.agenda.map((topic) => topic.title.nl)).toEqual([
      'Introductie en achtergrond',
      'Gezamenlijke agenda',
      'Overgang naar het nieuwe schooljaar',
      'Verwachtingen',
      'Plaats in de klas en sociale vaardigheden',
      'Begeleiding thuis en op school',
      'Dagritme',
      'Interesses en ambities',
      'Bijzonderheden',
      'Afronding',
    ]);
    for (const topic of kennismaking.agenda) {
      for (const side of [topic.title, topic.pupil, topic.parent, topic.teacher]) {
        expect(side.nl.trim(), topic.id).not.toBe('');
        expect(side.en.trim(), topic.id).not.toBe('');
      }
      const sides = [topic.pupil.nl, topic.parent.nl, topic.teacher.nl];
      expect(new Set(sides).size, topic.id).toBe(3);
    }
    const routine = kennismaking.agenda.find((topic) => topic.id === 'kennis-routine');
    expect(routine?.pupil.nl).toMatch(/ontbijt/);
    const closing = kennismaking.agenda.find((topic) => topic.id === 'kennis-closing');
    expect(closing?.parent.nl).toMatch(/telefoonnummers/);
    expect(kennismaking.questions.length).toBeGreaterThanOrEqual(4);
    expect(kennismaking.questions.length).toBeLessThanOrEqual(6);
    expect(kennismaking.parentQuestions.length).toBeGreaterThanOrEqual(4);
    expect(kennismaking.parentQuestions.length).toBeLessThanOrEqual(6);
  });

  it('studiekeuze asks about interests, talents, the next school, worries and needs', () => {
    const studiekeuze = templateFor('studiekeuze');
    expect(studiekeuze.questions.map((q) => q.id)).toEqual(
      expect.arrayContaining([
        'studie-interests',
        'studie-talents',
        'studie-school',
        'studie-worries',
        'studie-need',
      ]),
    );
    expect(studiekeuze.questions.length).toBeGreaterThanOrEqual(5);
    expect(studiekeuze.questions.length).toBeLessThanOrEqual(7);
    expect(studiekeuze.agenda).toEqual([]);
    expect(studiekeuze.parentQuestions.length).toBeGreaterThanOrEqual(4);
    expect(studiekeuze.parentQuestions.length).toBeLessThanOrEqual(6);
  });

  it('own starts empty', () => {
    expect(templateFor('own')).toEqual({
      kind: 'own',
      questions: [],
      agenda: [],
      parentQuestions: [],
    });
  });

  it('has no empty or over-long question text in either language', () => {
    for (const kind of CONVERSATION_KINDS) {
      const template = templateFor(kind);
      for (const text of [...texts(template.questions), ...texts(template.parentQuestions)]) {
        expect(text.trim(), kind).not.toBe('');
        expect(text.length, text).toBeLessThanOrEqual(160);
      }
    }
  });

  it('keeps every id unique across all templates and the question bank', () => {
    const ids = [
      ...Object.values(TEMPLATES).flatMap((template) => [
        ...template.questions.map((q) => q.id),
        ...template.agenda.map((topic) => topic.id),
        ...template.parentQuestions.map((q) => q.id),
      ]),
      ...BUILT_IN_QUESTIONS.map((q) => q.id),
    ];
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
    expect(ids.filter((id) => !/^[a-z]+(-[a-z0-9]+)+$/.test(id))).toEqual([]);
  });
});
