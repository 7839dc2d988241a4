/** The dev seed's pupils' work: a full preparation, a half one, long texts, recordings. */
import {
  db,
  SCALE_STEPS,
  TEXT_LIMITS,
  type Level,
  type Share,
  type TalkPart,
  type ToolId,
} from '../db';
import { findBuiltInQuestion } from '../features/rounds';
import { beginRecording, appendChunk, finishRecording } from '../features/media';
import { createPortfolioItem, setPortfolioPhoto, updatePortfolioItem } from '../features/portfolio';
import { saveRating } from '../features/ratings';
import { addAsk, saveAnswer, saveAsk, setSpokenAnswer, takeFromJar } from '../features/questions';
import { CIRCLE_FIELDS, CIRCLE_IDS, saveCircle } from '../features/circles';
import { addGoal, saveGoal } from '../features/goals';
import { keepTake } from '../features/video';
import { markReviewed, setTalkOrder, talkOrder as wholeTalkOrder } from '../features/preparation';
import { newAgreement, saveAgreements } from '../features/agreements';
import { isoDay } from '../features/rounds';
import { nextMillisecond, noise, photoJpeg } from './seed-pictures';

async function openedRound(roundId: string) {
  const round = await db.rounds.get(roundId);
  if (!round) throw new Error(`no round ${roundId}`);
  return round;
}

const LEVEL_CYCLE: readonly Level[] = ['notYet', 'almost', 'can'];

/**
 * Every part of the round's tools filled in for each pupil, as a pupil fills it in: `items` portfolio
 * items (each with a 1600 px photo and a 320 px thumbnail when `photos`), a rating per topic, an
 * answer per question and to the vragenpot's first question (told, in a round of spoken
 * answers), the three circles, a goal, and (unless not `reviewed`) the share review done; with
 * `clips`, an ice-breaker video of 1:23 with its still (a short stand-in for the recording's
 * bytes), kept. With `ask`, a question to the parents of that text too; the oldest `keptForMe`
 * portfolio items are for the pupil alone; `answers` are the answers to the round's first
 * questions, each with who may see it; `talkOrder` the parts the pupil put first for the talk
 * (stored whole, as the share review's order editor stores it).
 */
export async function seedPreparation(
  roundId: string,
  pupilIds: readonly string[],
  {
    items = 3,
    photos = true,
    clips = false,
    reviewed = true,
    ask,
    keptForMe = 0,
    answers = [],
    talkOrder,
  }: {
    items?: number;
    photos?: boolean;
    clips?: boolean;
    reviewed?: boolean;
    ask?: string;
    keptForMe?: number;
    answers?: readonly { text: string; share: Share }[];
    talkOrder?: TalkPart[];
  } = {},
): Promise<void> {
  const round = await openedRound(roundId);
  // A handful of distinct photos, reused: making 200 different 1600 px JPEGs would only measure
  // the seeding.
  const photoSet: { blob: Blob; thumbnail: Blob; width: number; height: number }[] = [];
  if (photos)
    for (let i = 0; i < Math.min(items, 8); i++)
      photoSet.push({
        blob: await photoJpeg(1600, 1200, i * 45),
        thumbnail: await photoJpeg(320, 240, i * 45),
        width: 1600,
        height: 1200,
      });
  const still = clips ? await photoJpeg(320, 240, 200) : undefined;
  // Only the parts of the round's tools: what a pupil can fill in.
  const on = (...tools: ToolId[]) => tools.some((tool) => round.tools.includes(tool));
  const jarId = round.jar[0];
  const jarText = (jarId && findBuiltInQuestion(jarId)?.text.nl) ?? jarId ?? '';
  // Halfway now, most of the way in a month, on the round's scale (5 and 8 on the thermometer).
  const { min, max } = SCALE_STEPS.get(round.scale)!;
  const rating = {
    now: Math.round(min + (max - min) * 0.5),
    month: Math.round(min + (max - min) * 0.8),
  };
  // A round of spoken answers: the pupil told the answer (as "Ik heb het verteld" stores it).
  const answer = (text: string) => (round.answerMode === 'spoken' ? { told: true } : { text });
  for (const pupilId of pupilIds) {
    // Made last item first, so "Geleerd 1" is the newest, first in the portfolio.
    for (let i = on('portfolio') ? items - 1 : -1; i >= 0; i--) {
      await nextMillisecond();
      const item = await createPortfolioItem(pupilId, round.lookBackFrom);
      await updatePortfolioItem(pupilId, item.id, {
        title: `Geleerd ${i + 1}`,
        note: 'Dit heb ik geleerd en zo ging het.',
        topic: 'Rekenen',
        level: LEVEL_CYCLE[i % LEVEL_CYCLE.length]!,
        proud: i % 4 === 0,
        share: i >= items - keptForMe ? 'me' : 'parents',
      });
      const photo = photoSet[i % photoSet.length];
      if (photo) await setPortfolioPhoto(pupilId, item.id, photo);
    }
    if (on('ratings', 'spinnenweb'))
      for (const topic of round.topics)
        await saveRating(pupilId, roundId, topic.id, round.scale, rating);
    if (on('questions'))
      for (const [i, question] of round.questions.entries())
        await saveAnswer(
          pupilId,
          roundId,
          { ...question, source: 'round' },
          answers[i] ?? answer('Mijn antwoord op deze vraag.'),
        );
    if (ask && on('questions')) {
      const row = await addAsk(pupilId, roundId, 'parents');
      await saveAsk(pupilId, row.id, { text: ask });
    }
    if (jarId && on('vragenpot')) {
      await takeFromJar(pupilId, roundId, { id: jarId, text: jarText });
      await saveAnswer(
        pupilId,
        roundId,
        { id: jarId, text: jarText, source: 'jar' },
        answer('Mijn antwoord.'),
      );
    }
    if (on('circles'))
      for (const circle of CIRCLE_IDS)
        await saveCircle(pupilId, roundId, circle, {
          plus: 'Gaat goed',
          minus: 'Gaat minder',
          wonder: '',
          goal: 'Mijn doel',
          need: 'Hulp',
        });
    if (on('goals')) {
      const goal = await addGoal(pupilId, roundId);
      await saveGoal(pupilId, goal.id, {
        aim: 'De tafels kennen',
        progress: 2,
        nextStep: 'Elke dag oefenen',
        help: ['practice'],
      });
    }
    if (still && on('video')) {
      const mediaId = await beginRecording(pupilId, 'video', 'video/webm', {
        purpose: 'icebreaker',
        roundId,
      });
      await appendChunk(mediaId, 0, new Blob([new Uint8Array(4096)], { type: 'video/webm' }));
      await finishRecording(mediaId, { durationMs: 83_000, thumbnail: still });
      await keepTake(pupilId, roundId, mediaId);
    }
    if (talkOrder) await setTalkOrder(pupilId, roundId, wholeTalkOrder(talkOrder));
    if (reviewed) await markReviewed(pupilId, roundId);
  }
}

/** What was agreed in a pupil's talk (each for the pupil to do), as the teacher records it. */
export async function seedAgreements(
  roundId: string,
  pupilId: string,
  agreed: readonly string[],
): Promise<void> {
  await saveAgreements(roundId, pupilId, {
    items: agreed.map((what) => ({ ...newAgreement('pupil'), what })),
    tops: '',
    tips: '',
  });
}

/**
 * Pupils who started their portfolio and stopped: one item each, "Half af", without a level
 * (the overview shows the part as started).
 */
export async function seedStarted(pupilIds: readonly string[]): Promise<void> {
  const day = isoDay(new Date());
  for (const pupilId of pupilIds) {
    const item = await createPortfolioItem(pupilId, day);
    await updatePortfolioItem(pupilId, item.id, { title: 'Half af', topic: 'Taal' });
  }
}

/** As long as a pupil may write (TEXT_LIMITS.long), ending in words found nowhere else. */
export const LONG_TEXT =
  `${'Ik vertel over wat ik deed en hoe het ging. '.repeat(22)}einde van mijn verhaal`.slice(
    -TEXT_LIMITS.long,
  );

/** Every answer and every field of the three circles of a pupil, as long as the app allows. */
export async function seedLongAnswers(roundId: string, pupilId: string): Promise<void> {
  const answers = await db.answers.where('[pupilId+roundId]').equals([pupilId, roundId]).toArray();
  for (const answer of answers)
    await saveAnswer(
      pupilId,
      roundId,
      { id: answer.questionId, text: answer.question, source: answer.source },
      { text: LONG_TEXT },
    );
  for (const circle of CIRCLE_IDS)
    await saveCircle(
      pupilId,
      roundId,
      circle,
      Object.fromEntries(CIRCLE_FIELDS.map((field) => [field, LONG_TEXT])),
    );
}

/**
 * An ice-breaker video of `megabytes` for a pupil, written as the recorder writes it (1 MB
 * chunks of bytes that do not compress, 1:50 long), with its still, and kept.
 */
export async function seedRecording(
  roundId: string,
  pupilId: string,
  { megabytes = 10 }: { megabytes?: number } = {},
): Promise<string> {
  const mediaId = await beginRecording(pupilId, 'video', 'video/webm;codecs=vp8,opus', {
    purpose: 'icebreaker',
    roundId,
  });
  for (let seq = 0; seq < megabytes; seq++)
    await appendChunk(mediaId, seq, new Blob([noise(1_000_000)], { type: 'video/webm' }));
  await finishRecording(mediaId, {
    durationMs: 110_000,
    thumbnail: await photoJpeg(320, 240, (megabytes * 37) % 360),
  });
  await keepTake(pupilId, roundId, mediaId);
  return mediaId;
}

/**
 * A spoken answer (2.5 s of bytes that do not compress, as the recorder writes them) to the
 * round's first question, for a pupil. Returns the recording's media id.
 */
export async function seedSpokenAnswer(roundId: string, pupilId: string): Promise<string> {
  const round = await openedRound(roundId);
  const question = round.questions[0];
  if (!question) throw new Error(`round ${roundId} asks no question`);
  const mediaId = await beginRecording(pupilId, 'audio', 'audio/webm;codecs=opus', {
    purpose: 'answer',
    roundId,
    questionId: question.id,
  });
  await appendChunk(mediaId, 0, new Blob([noise(20_000)], { type: 'audio/webm' }));
  await finishRecording(mediaId, { durationMs: 2_500 });
  await setSpokenAnswer(pupilId, roundId, { ...question, source: 'round' }, mediaId);
  return mediaId;
}
