/** The dev seed's class and round: the pupils, their portraits and codes, an open round. */
import { AVATAR_DRAWINGS, TOOL_IDS, type AgeBand, type ConversationKind } from '../db';
import { writeSetting } from '../settings';
import { addPupil, createClass, setPupilPhoto } from '../features/class';
import { setPictureCode, setTeacherCode } from '../features/access';
import {
  createRound,
  isoDay,
  openRound,
  savePlanText,
  setSlot,
  updateRound,
} from '../features/rounds';
import { portraitJpeg } from './seed-pictures';

/** The teacher's code of every seeded class. */
export const TEACHER_CODE = '1234';

/** Every tool of a round, as the seeded round has them on. */
export const TOOLS = TOOL_IDS;

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

/** Signs a pupil in, as the start screen does, by the device setting that survives a reload. */
export async function seedSignedIn(pupilId: string): Promise<void> {
  await writeSetting('signedInPupilId', pupilId);
}
