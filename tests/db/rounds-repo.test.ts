import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { addPupil, createClass, deletePupil } from '../../src/features/class';
import {
  addOwnQuestion,
  closeRound,
  copyRound,
  createRound,
  currentRound,
  hiddenQuestionIds,
  listRounds,
  openRound,
  pupilPlan,
  QuestionInputError,
  RoundInputError,
  savePlanText,
  setBuiltInHidden,
  setSlot,
  updateRound,
  visibleQuestionIds,
} from '../../src/features/rounds';
import { questionsFor } from '../../src/features/rounds/question-bank';
import { freshDatabase } from './reset';

async function classWithPupil() {
  const classRow = await createClass({ name: 'Groep 7', language: 'nl', region: 'nl' });
  const pupil = await addPupil(classRow.id, 'Emma');
  return { classId: classRow.id, pupilId: pupil.id };
}

describe('rounds', () => {
  beforeEach(freshDatabase);

  it('creates a draft with the age band defaults and the vragenpot filled for that age', async () => {
    const { classId } = await classWithPupil();
    const round = await createRound(classId, 'kom', 'bovenbouw', 'KOM november');
    expect(round).toMatchObject({ status: 'draft', scale: 'thermometer', title: 'KOM november' });
    expect(round.jar).toEqual(questionsFor('bovenbouw').map((question) => question.id));
    expect(await currentRound(classId)).toBeUndefined();
  });

  it('refuses an empty title and changes nothing', async () => {
    const { classId } = await classWithPupil();
    await expect(createRound(classId, 'kom', 'bovenbouw', ' ')).rejects.toBeInstanceOf(
      RoundInputError,
    );
    expect(await listRounds(classId)).toEqual([]);
  });

  it('refuses an update with fewer than 3 topics and keeps the stored round', async () => {
    const { classId } = await classWithPupil();
    const round = await createRound(classId, 'kom', 'middenbouw', 'KOM');
    await expect(updateRound(round.id, { topics: round.topics.slice(0, 2) })).rejects.toMatchObject(
      {
        problems: ['too-few-topics'],
      },
    );
    expect((await db.rounds.get(round.id))?.topics).toHaveLength(round.topics.length);
  });

  it('keeps one open round per class: opening another closes the first', async () => {
    const { classId } = await classWithPupil();
    const first = await createRound(classId, 'kennismaking', 'middenbouw', 'September');
    await openRound(first.id);
    expect((await currentRound(classId))?.id).toBe(first.id);
    const second = await copyRound(first.id, 'November');
    expect(second).toMatchObject({ status: 'draft', kind: 'kennismaking', topics: first.topics });
    await openRound(second.id);
    expect((await currentRound(classId))?.id).toBe(second.id);
    expect((await db.rounds.get(first.id))?.status).toBe('closed');
    await closeRound(second.id);
    expect(await currentRound(classId)).toBeUndefined();
  });

  it('sets a slot on a conversation day and refuses one outside', async () => {
    const { classId, pupilId } = await classWithPupil();
    const round = await createRound(classId, 'kom', 'middenbouw', 'KOM');
    await setSlot(round.id, pupilId, `${round.firstDay}T08:30`);
    expect((await pupilPlan(round.id, pupilId)).slot).toBe(`${round.firstDay}T08:30`);
    await expect(setSlot(round.id, pupilId, '2000-01-01T08:30')).rejects.toMatchObject({
      problems: ['slot-outside-round'],
    });
    expect((await pupilPlan(round.id, pupilId)).slot).toBe(`${round.firstDay}T08:30`);
    await setSlot(round.id, pupilId, null);
    expect((await pupilPlan(round.id, pupilId)).slot).toBeUndefined();
  });

  it('keeps the teacher plan per pupil, and it goes when the pupil is deleted', async () => {
    const { classId, pupilId } = await classWithPupil();
    const round = await createRound(classId, 'kom', 'middenbouw', 'KOM');
    await savePlanText(round.id, pupilId, { focus: 'Lezen', message: 'Trots op je inzet' });
    await savePlanText(round.id, pupilId, { hearFromParents: 'Hoe gaat lezen thuis?' });
    expect(await pupilPlan(round.id, pupilId)).toMatchObject({
      focus: 'Lezen',
      message: 'Trots op je inzet',
      hearFromParents: 'Hoe gaat lezen thuis?',
    });
    await expect(
      savePlanText(round.id, pupilId, { focus: 'x'.repeat(1001) }),
    ).rejects.toBeInstanceOf(RoundInputError);
    await deletePupil(pupilId);
    expect(await db.pupilPlans.count()).toBe(0);
  });
});

describe('question bank per class', () => {
  beforeEach(freshDatabase);

  it('hides a built-in question for good, and takes it out of new rounds', async () => {
    const { classId } = await classWithPupil();
    const hidden = questionsFor('middenbouw')[0]!.id;
    await setBuiltInHidden(classId, hidden, true);
    expect(await hiddenQuestionIds(classId)).toEqual(new Set([hidden]));
    expect(await visibleQuestionIds(classId, 'middenbouw')).not.toContain(hidden);
    const round = await createRound(classId, 'kom', 'middenbouw', 'KOM');
    expect(round.jar).not.toContain(hidden);
    await setBuiltInHidden(classId, hidden, false);
    expect(await visibleQuestionIds(classId, 'middenbouw')).toContain(hidden);
  });

  it('adds own questions, refusing empty, too long and duplicate ones', async () => {
    const { classId } = await classWithPupil();
    const own = await addOwnQuestion(classId, '  Wat was je  mooiste moment?  ', 'trots', [
      'middenbouw',
    ]);
    expect(own.text).toBe('Wat was je mooiste moment?');
    expect(await visibleQuestionIds(classId, 'middenbouw')).toContain(own.id);
    expect(await visibleQuestionIds(classId, 'kleuters')).not.toContain(own.id);
    await expect(addOwnQuestion(classId, ' ', 'trots', [])).rejects.toMatchObject({
      reason: 'question-empty',
    });
    await expect(addOwnQuestion(classId, 'x'.repeat(201), 'trots', [])).rejects.toMatchObject({
      reason: 'question-too-long',
    });
    await expect(
      addOwnQuestion(classId, 'wat was je mooiste MOMENT?', 'leren', []),
    ).rejects.toBeInstanceOf(QuestionInputError);
    const builtIn = questionsFor('middenbouw')[0]!.text.nl;
    await expect(addOwnQuestion(classId, builtIn, 'leren', [])).rejects.toMatchObject({
      reason: 'question-duplicate',
    });
  });
});
