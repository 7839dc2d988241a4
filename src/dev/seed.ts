/**
 * A dev-only seed: a class, an open round with every tool and the pupils' work, made through the
 * app's own repos, so the rows are the rows the app itself writes (and pass its row checks).
 * The benchmarks and the browser tests run it in the built app's page: it is built on its own
 * into one script (tests/bench/seed.mjs) and evaluated there. The app never imports it, so it
 * never ships.
 */
import {
  AVATAR_DRAWINGS,
  checkRow,
  db,
  referencesOf,
  SCALE_STEPS,
  TABLE_NAMES,
  TEXT_LIMITS,
  TOOL_IDS,
  type AgeBand,
  type ConversationKind,
  type Level,
  type ToolId,
} from '../db';
import { writeSetting } from '../settings';
import { addPupil, createClass, setPupilPhoto } from '../features/class';
import { setPictureCode, setTeacherCode } from '../features/access';
import {
  createRound,
  findBuiltInQuestion,
  isoDay,
  openRound,
  savePlanText,
  setSlot,
  updateRound,
} from '../features/rounds';
import { beginRecording, appendChunk, finishRecording } from '../features/media';
import { createPortfolioItem, setPortfolioPhoto, updatePortfolioItem } from '../features/portfolio';
import { saveRating } from '../features/ratings';
import { saveAnswer, setSpokenAnswer, takeFromJar } from '../features/questions';
import { CIRCLE_FIELDS, CIRCLE_IDS, saveCircle } from '../features/circles';
import { addGoal, saveGoal } from '../features/goals';
import { keepTake } from '../features/video';
import { markReviewed } from '../features/preparation';

/** The teacher's code of every seeded class. */
export const TEACHER_CODE = '1234';

/** Every tool of a round, as the seeded round has them on. */
export const TOOLS = TOOL_IDS;

/** A canvas filled with a gradient from `hue` to `hue + shift`. */
function gradientCanvas(width: number, height: number, hue: number, shift: number) {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, `hsl(${hue} 70% 70%)`);
  gradient.addColorStop(1, `hsl(${(hue + shift) % 360} 60% ${shift > 60 ? 35 : 40}%)`);
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  return { canvas, context };
}

const asJpeg = (canvas: OffscreenCanvas) =>
  canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });

/** A portrait: a gradient with circles and the pupil's number, a real JPEG. */
function portraitJpeg(side: number, hue: number, label: string): Promise<Blob> {
  const { canvas, context } = gradientCanvas(side, side, hue, 60);
  for (let i = 0; i < 30; i++) {
    context.fillStyle = `hsl(${(hue + i * 37) % 360} 60% ${30 + (i % 5) * 10}%)`;
    context.beginPath();
    context.arc((i * 53) % side, (i * 97) % side, side / (6 + (i % 7)), 0, Math.PI * 2);
    context.fill();
  }
  context.fillStyle = '#fff';
  context.font = `${side / 4}px sans-serif`;
  context.fillText(label, side / 8, side / 2);
  return asJpeg(canvas);
}

/** A photo of work: a gradient with blocks, a real JPEG. */
function photoJpeg(width: number, height: number, hue: number): Promise<Blob> {
  const { canvas, context } = gradientCanvas(width, height, hue, 90);
  for (let i = 0; i < 40; i++) {
    context.fillStyle = `hsl(${(hue + i * 41) % 360} 60% ${30 + (i % 5) * 10}%)`;
    context.fillRect((i * 137) % width, (i * 91) % height, width / 9, height / 11);
  }
  return asJpeg(canvas);
}

/** Bytes that do not compress, as a recording's are. */
function noise(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at += 65536)
    crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65536)));
  return bytes;
}

/** Waits for the clock to tick, so rows made one after another never share a `createdAt`. */
async function nextMillisecond(): Promise<void> {
  const start = Date.now();
  while (Date.now() === start) await new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SeededClass {
  classId: string;
  pupilIds: string[];
}

/**
 * A class "Groep 6a" (Dutch, the Netherlands) of `pupils` pupils "Kind 01", "Kind 02", …, each
 * with a drawing and (with `photos`) a 512 px portrait; the teacher's code is 1234, and the
 * tablet shows the class. `names` gives the pupils other first names (and their number),
 * `className` and `teacherCode` another class name and code.
 */
export async function seedClass({
  pupils = 35,
  photos = true,
  names,
  className = 'Groep 6a',
  teacherCode = TEACHER_CODE,
}: {
  pupils?: number;
  photos?: boolean;
  names?: readonly string[];
  className?: string;
  teacherCode?: string;
} = {}): Promise<SeededClass> {
  const classRow = await createClass({ name: className, language: 'nl', region: 'nl' });
  await setTeacherCode(teacherCode);
  const firstNames =
    names ?? Array.from({ length: pupils }, (_, i) => `Kind ${String(i + 1).padStart(2, '0')}`);
  const pupilIds: string[] = [];
  for (const [i, firstName] of firstNames.entries()) {
    // Named pupils get the drawing the app gives a pasted name; numbered ones one in turn.
    const pupil = await addPupil(
      classRow.id,
      firstName,
      names
        ? undefined
        : { drawing: AVATAR_DRAWINGS[i % AVATAR_DRAWINGS.length]!, colour: '#bfdbfe' },
    );
    pupilIds.push(pupil.id);
    if (photos) await seedPortrait(pupil.id, i);
  }
  await writeSetting('currentClassId', classRow.id);
  return { classId: classRow.id, pupilIds };
}

/** Gives a pupil a 512 px portrait photo (the `number`th pupil's colours and number). */
export async function seedPortrait(pupilId: string, number = 0): Promise<void> {
  const hue = (number * 29) % 360;
  await setPupilPhoto(pupilId, {
    blob: await portraitJpeg(512, hue, String(number + 1)),
    thumbnail: await portraitJpeg(160, hue, String(number + 1)),
    width: 512,
    height: 512,
  });
}

/** Gives a pupil a picture code (three picture ids, as the teacher taps them). */
export function seedPictureCode(pupilId: string, pictures: readonly string[]): Promise<void> {
  return setPictureCode(pupilId, pictures);
}

/** The rating topics of the seeded round. */
const TOPICS = ['Lezen', 'Rekenen', 'Taal', 'Samenwerken', 'Me fijn voelen in de klas'];
/** Four questions, as a KOM-gesprek has. */
const QUESTIONS = [
  'Wat heb ik geleerd?',
  'Waar ben ik trots op?',
  'Wat wil ik nog leren?',
  'Wat wil ik vertellen?',
];
const JAR_QUESTION = 'leren-01';

/**
 * An open bovenbouw KOM-gesprek today with every tool on (thermometer, typed answers, five
 * topics, four questions, one question in the vragenpot), and for every pupil a slot (four an
 * hour from 8:00) and the teacher's focus and message. Returns the round's id.
 * With `defaults`, a round of `kind` and `ageBand` as the teacher makes it with "Gesprek maken"
 * and starts it with "Start dit gesprek": the settings of its kind and age, no slots or plans;
 * with `draft` too, not started.
 */
export async function seedRound(
  classId: string,
  pupilIds: readonly string[],
  {
    title = 'KOM-gesprek',
    kind = 'kom',
    ageBand = 'bovenbouw',
    defaults = false,
    draft = false,
  }: {
    title?: string;
    kind?: ConversationKind;
    ageBand?: AgeBand;
    defaults?: boolean;
    draft?: boolean;
  } = {},
): Promise<string> {
  const round = await createRound(classId, kind, ageBand, title);
  if (defaults) {
    if (!draft) await openRound(round.id);
    return round.id;
  }
  const day = isoDay(new Date());
  await updateRound(round.id, {
    firstDay: day,
    lastDay: day,
    lookBackFrom: day,
    minutesPerTalk: 20,
    tools: [...TOOLS],
    scale: 'thermometer',
    answerMode: 'typed',
    topics: TOPICS.map((label, i) => ({ id: `t${i}`, label })),
    questions: QUESTIONS.map((text, i) => ({ id: `q${i + 1}`, text })),
    agenda: [],
    jar: [JAR_QUESTION],
    parentQuestions: [],
  });
  await openRound(round.id);
  for (const [i, pupilId] of pupilIds.entries()) {
    const hour = String(8 + Math.floor(i / 4)).padStart(2, '0');
    const minutes = String((i % 4) * 15).padStart(2, '0');
    await setSlot(round.id, pupilId, `${day}T${hour}:${minutes}`);
    await savePlanText(round.id, pupilId, {
      focus: 'Lezen',
      message: 'Goed bezig',
      hearFromPupil: '',
      hearFromParents: '',
    });
  }
  return round.id;
}

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
 * bytes), kept.
 */
export async function seedPreparation(
  roundId: string,
  pupilIds: readonly string[],
  {
    items = 3,
    photos = true,
    clips = false,
    reviewed = true,
  }: { items?: number; photos?: boolean; clips?: boolean; reviewed?: boolean } = {},
): Promise<void> {
  const round = await openedRound(roundId);
  // A handful of distinct photos, reused: making 200 different 1600 px JPEGs would only measure
  // the seeding.
  const photoSet: { blob: Blob; thumbnail: Blob; width: number; height: number }[] = [];
  if (photos)
    for (let i = 0; i < 8; i++)
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
      });
      const photo = photoSet[i % photoSet.length];
      if (photo) await setPortfolioPhoto(pupilId, item.id, photo);
    }
    if (on('ratings', 'spinnenweb'))
      for (const topic of round.topics)
        await saveRating(pupilId, roundId, topic.id, round.scale, rating);
    if (on('questions'))
      for (const question of round.questions)
        await saveAnswer(
          pupilId,
          roundId,
          { ...question, source: 'round' },
          answer('Mijn antwoord op deze vraag.'),
        );
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
    if (reviewed) await markReviewed(pupilId, roundId);
  }
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

/** Signs a pupil in, as the start screen does, by the device setting that survives a reload. */
export async function seedSignedIn(pupilId: string): Promise<void> {
  await writeSetting('signedInPupilId', pupilId);
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

/**
 * What in the database the app would refuse: every row of every table through the registry's
 * row checks (src/db/checks.ts), and every reference between rows resolved. Empty when all is well.
 */
export async function misfits(): Promise<string[]> {
  const problems: string[] = [];
  const keys = new Map<string, Set<unknown>>();
  const rowsOf = new Map<string, Record<string, unknown>[]>();
  for (const name of TABLE_NAMES) {
    const table = db.table(name);
    const rows = (await table.toArray()) as Record<string, unknown>[];
    rowsOf.set(name, rows);
    const keyPath = table.schema.primKey.keyPath;
    if (typeof keyPath === 'string') keys.set(name, new Set(rows.map((row) => row[keyPath])));
    for (const row of rows) {
      try {
        checkRow(name, row);
      } catch (error) {
        problems.push(`${name}: ${(error as Error).message}`);
      }
    }
  }
  for (const name of TABLE_NAMES)
    for (const { field, table } of referencesOf(name)) {
      const known = keys.get(table);
      if (!known) continue;
      for (const row of rowsOf.get(name) ?? []) {
        const value = row[field];
        if (value !== undefined && value !== null && !known.has(value))
          problems.push(`${name}.${field}: no ${table} ${String(value)}`);
      }
    }
  return problems;
}
