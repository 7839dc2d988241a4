// The rules that used to hide in screens' reads, as repo functions: a pupil's first take is
// kept without a choice, a pupil starts their goals with one to fill in, and a spoken answer
// cut off by a reload is put back on its question.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { appendChunk, beginRecording, finishRecording } from '../../src/features/media/media-repo';
import { clipState, keepFirstTake, keepTake } from '../../src/features/video/video-repo';
import { addGoal, ensureFirstGoal, goalsOf } from '../../src/features/goals/goals-repo';
import {
  answersOf,
  reclaimSpokenAnswers,
  setSpokenAnswer,
  takeFromJar,
} from '../../src/features/questions/answers-repo';
import { freshDatabase } from './reset';

beforeEach(freshDatabase);

async function take(pupilId: string, roundId = 'r1', complete = true): Promise<string> {
  const id = await beginRecording(pupilId, 'video', 'video/webm', {
    purpose: 'icebreaker',
    roundId,
  });
  await appendChunk(id, 0, new Blob([new Uint8Array([1, 2])], { type: 'video/webm' }));
  if (complete) await finishRecording(id, { durationMs: 1000 });
  return id;
}

describe('keepFirstTake', () => {
  it('keeps the first finished take when nothing is kept yet', async () => {
    const first = await take('p1');
    expect(await keepFirstTake('p1', 'r1')).toBe(first);
    const state = await clipState('p1', 'r1');
    expect(state.kept?.id).toBe(first);
    expect(state.waiting).toEqual([]);
  });

  it('leaves a second take waiting for the pupil’s choice, and the kept one as it is', async () => {
    const first = await take('p1');
    await keepTake('p1', 'r1', first);
    const second = await take('p1');
    expect(await keepFirstTake('p1', 'r1')).toBeUndefined();
    const state = await clipState('p1', 'r1');
    expect(state.kept?.id).toBe(first);
    expect(state.waiting.map((row) => row.id)).toEqual([second]);
  });

  it('keeps nothing while a take is still being recorded, or for another pupil or round', async () => {
    await take('p1', 'r1', false);
    await take('p2');
    await take('p1', 'r2');
    expect(await keepFirstTake('p1', 'r1')).toBeUndefined();
    expect(await db.clips.count()).toBe(0);
  });
});

describe('ensureFirstGoal', () => {
  it('gives a pupil without goals one to fill in, once, however often it runs', async () => {
    await Promise.all([ensureFirstGoal('p1', 'r1'), ensureFirstGoal('p1', 'r1')]);
    await ensureFirstGoal('p1', 'r1');
    expect(await goalsOf('p1', 'r1')).toHaveLength(1);
    expect(await goalsOf('p1', 'r2')).toHaveLength(0);
  });

  it('adds nothing when the pupil has goals already', async () => {
    await addGoal('p1', 'r1');
    await addGoal('p1', 'r1');
    await ensureFirstGoal('p1', 'r1');
    expect(await goalsOf('p1', 'r1')).toHaveLength(2);
  });
});

describe('reclaimSpokenAnswers', () => {
  const round = {
    id: 'r1',
    answerMode: 'spoken' as const,
    questions: [
      { id: 'q1', text: 'Waar ben je trots op?' },
      { id: 'q2', text: 'Wat wil je leren?' },
    ],
  };
  async function spoken(questionId: string, complete = true): Promise<string> {
    const id = await beginRecording('p1', 'audio', 'audio/webm', {
      purpose: 'answer',
      roundId: 'r1',
      questionId,
    });
    await appendChunk(id, 0, new Blob([new Uint8Array([1])], { type: 'audio/webm' }));
    if (complete) await finishRecording(id, { durationMs: 500 });
    return id;
  }

  it('puts a finished recording on its question when the question has none', async () => {
    const recorded = await spoken('q1');
    await spoken('q2', false);
    expect(await reclaimSpokenAnswers('p1', round)).toEqual(['q1']);
    const answers = await answersOf('p1', 'r1');
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({
      questionId: 'q1',
      question: 'Waar ben je trots op?',
      source: 'round',
      mediaId: recorded,
    });
  });

  it('keeps the spoken answer a question has, and a jar question keeps its own text', async () => {
    const first = await spoken('q1');
    await setSpokenAnswer('p1', 'r1', { ...round.questions[0]!, source: 'round' }, first);
    await takeFromJar('p1', 'r1', { id: 'jar-1', text: 'Wat eet je graag?' });
    await spoken('q1');
    const jarTake = await spoken('jar-1');
    expect(await reclaimSpokenAnswers('p1', round)).toEqual(['jar-1']);
    const answers = new Map((await answersOf('p1', 'r1')).map((row) => [row.questionId, row]));
    expect(answers.get('q1')?.mediaId).toBe(first);
    expect(answers.get('jar-1')).toMatchObject({ source: 'jar', mediaId: jarTake });
  });

  it('does nothing in a typed round, nor for a question the round does not ask', async () => {
    await spoken('q1');
    await spoken('gone');
    expect(await reclaimSpokenAnswers('p1', { ...round, answerMode: 'typed' })).toEqual([]);
    expect(await reclaimSpokenAnswers('p1', { ...round, questions: [] })).toEqual([]);
    expect(await answersOf('p1', 'r1')).toEqual([]);
  });
});
