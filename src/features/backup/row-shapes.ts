/**
 * What a row of each table must look like to be imported: its key fields and the fields the app
 * reads, with their types and allowed values. A row may carry more fields (they are kept as they
 * are: an optional field missing from this list must never be lost), but none of these may be
 * missing or of another kind. Every table of the database has a shape (a test checks), so a
 * table added later cannot slip in unchecked.
 */
type Kind = 'id' | 'text' | 'number' | 'boolean' | 'array' | 'object' | readonly string[];
type Shape = Record<string, Kind | { optional: Kind }>;

const SHARE = ['parents', 'teacher', 'me'] as const;
const opt = (kind: Kind) => ({ optional: kind });

/** Longer than any text the app lets anyone type; a file with more is not ours. */
const MAX_TEXT = 20_000;
const MAX_ID = 100;

export const ROW_SHAPES: Record<string, Shape> = {
  classes: {
    id: 'id',
    name: 'text',
    language: ['nl', 'en'],
    region: ['nl', 'vl'],
    pupilIdleMinutes: 'number',
    createdAt: 'number',
    updatedAt: 'number',
  },
  pupils: {
    id: 'id',
    classId: 'id',
    firstName: 'text',
    avatar: 'object',
    archived: 'boolean',
    photoMediaId: opt('id'),
    pictureCode: opt('object'),
    createdAt: 'number',
    updatedAt: 'number',
  },
  teacher: { id: ['teacher'], code: 'object', lockAfterMinutes: 'number', updatedAt: 'number' },
  media: {
    id: 'id',
    pupilId: 'id',
    kind: ['portrait', 'photo', 'video', 'audio'],
    mimeType: 'text',
    bytes: 'number',
    complete: 'boolean',
    thumbnail: opt('object'),
    roundId: opt('id'),
    createdAt: 'number',
  },
  rounds: {
    id: 'id',
    classId: 'id',
    kind: ['kom', 'kennismaking', 'studiekeuze', 'own'],
    title: 'text',
    status: ['draft', 'open', 'closed'],
    firstDay: 'text',
    lastDay: 'text',
    lookBackFrom: 'text',
    minutesPerTalk: 'number',
    tools: 'array',
    scale: ['three-steps', 'five-smileys', 'thermometer'],
    topics: 'array',
    questions: 'array',
    agenda: 'array',
    jar: 'array',
    parentQuestions: 'array',
    createdAt: 'number',
    updatedAt: 'number',
  },
  pupilPlans: {
    roundId: 'id',
    pupilId: 'id',
    focus: 'text',
    message: 'text',
    parentAnswers: opt('object'),
    updatedAt: 'number',
  },
  ownQuestions: { id: 'id', classId: 'id', text: 'text', ages: 'array', createdAt: 'number' },
  hiddenQuestions: { classId: 'id', questionId: 'id' },
  portfolioItems: {
    id: 'id',
    pupilId: 'id',
    day: 'text',
    title: 'text',
    note: 'text',
    proud: 'boolean',
    photoMediaId: opt('id'),
    share: SHARE,
    createdAt: 'number',
    updatedAt: 'number',
  },
  ratings: {
    pupilId: 'id',
    roundId: 'id',
    topicId: 'id',
    scale: ['three-steps', 'five-smileys', 'thermometer'],
    share: SHARE,
    updatedAt: 'number',
  },
  answers: {
    pupilId: 'id',
    roundId: 'id',
    questionId: 'id',
    source: ['round', 'jar'],
    question: 'text',
    text: 'text',
    mediaId: opt('id'),
    putBack: 'boolean',
    share: SHARE,
    createdAt: 'number',
    updatedAt: 'number',
  },
  asks: {
    id: 'id',
    pupilId: 'id',
    roundId: 'id',
    to: ['parents', 'teacher'],
    text: 'text',
    share: SHARE,
    createdAt: 'number',
  },
  circles: {
    pupilId: 'id',
    roundId: 'id',
    circle: ['home', 'me', 'school'],
    plus: 'text',
    minus: 'text',
    wonder: 'text',
    goal: 'text',
    need: 'text',
    share: SHARE,
  },
  goals: {
    id: 'id',
    pupilId: 'id',
    roundId: 'id',
    aim: 'text',
    progress: 'number',
    nextStep: 'text',
    help: 'array',
    share: SHARE,
    createdAt: 'number',
  },
  pupilRounds: { roundId: 'id', pupilId: 'id', updatedAt: 'number' },
  clips: { pupilId: 'id', roundId: 'id', mediaId: opt('id'), share: SHARE, updatedAt: 'number' },
  agreements: {
    roundId: 'id',
    pupilId: 'id',
    items: 'array',
    tops: 'text',
    tips: 'text',
    updatedAt: 'number',
  },
};

/** A row's field read as text: the checks have made sure it is one. */
export const keyOf = (row: Record<string, unknown>, field: string) => row[field] as string;

function fits(kind: Kind, value: unknown): boolean {
  if (Array.isArray(kind)) return kind.includes(value as string);
  switch (kind) {
    case 'id':
      return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID;
    case 'text':
      return typeof value === 'string' && value.length <= MAX_TEXT;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
  return false;
}

/** The first field of `row` that does not fit its table's shape, or undefined when it fits. */
export function misfit(table: string, row: unknown): string | undefined {
  const shape = ROW_SHAPES[table];
  if (!shape) return `unknown table ${table}`;
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return 'not an object';
  for (const [field, kind] of Object.entries(shape)) {
    const value = (row as Record<string, unknown>)[field];
    if (typeof kind === 'object' && !Array.isArray(kind) && 'optional' in kind) {
      if (value !== undefined && !fits(kind.optional, value)) return field;
    } else if (!fits(kind as Kind, value)) return field;
  }
  return undefined;
}
