/**
 * What every table holds, in one place: its scope, the rows it belongs to and the rows it uses,
 * and the shape of its rows, typed against the row interface (a field the app reads that the
 * shape does not check is a compile error). Erasing, backups (snapshot, checks, references,
 * imports) are derived from this registry and from Dexie's schema (primary keys, indexes);
 * nothing about a table is written anywhere else. A test fails when a table has no entry.
 */
import type { PraatpapierDb } from './database';
import type { Table } from 'dexie';
import {
  blob,
  bool,
  day,
  dayAndTime,
  key,
  list,
  Misfit,
  oneOf,
  optional,
  record,
  text,
  time,
  visible,
  whole,
  type Shape,
} from './checks';
import {
  MAX_AGREEMENTS,
  MAX_CLASS_NAME_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PLAN_TEXT_LENGTH,
  MAX_QUESTION_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_TOPIC_LENGTH,
  MAX_TOPICS,
  TEXT_LIMITS,
  visibleText,
} from './limits';
import {
  AGE_BANDS,
  AGREEMENT_WHO,
  ANSWER_MODES,
  ANSWER_SOURCES,
  ASK_TO,
  AVATAR_COLOURS,
  AVATAR_DRAWINGS,
  CIRCLE_IDS,
  CONVERSATION_KINDS,
  HELP_KINDS,
  LANGUAGES,
  LEVEL_NEXTS,
  LEVELS,
  MEDIA_KINDS,
  MEDIA_PURPOSES,
  QUESTION_CATEGORIES,
  RATING_SCALES,
  REGIONS,
  ROUND_STATUSES,
  SCALE_STEPS,
  SHARES,
  TALK_PARTS,
  TOOL_IDS,
} from './vocabulary';
import type { HashedSecret } from './types';
import type { Agreement } from './agreement-types';
import type { ParentAnswer, RoundAgendaTopic, RoundQuestion, RoundTopic } from './round-types';

/* eslint-disable @typescript-eslint/no-explicit-any -- a Table of any row, key and insert type */
/** Every table of the database, by name. */
export type TableName = {
  [K in keyof PraatpapierDb]: PraatpapierDb[K] extends Table<any, any, any> ? K : never;
}[keyof PraatpapierDb];
type RowOf<T extends TableName> = PraatpapierDb[T] extends Table<infer Row, any, any> ? Row : never;
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * device: the tablet's own (the teacher's code), in a backup of everything only;
 * class: the class and what the teacher sets up for it; a tablet keeps its own copy on import;
 * pupil: what belongs to one pupil; on import it replaces this tablet's copy, or sits beside it.
 */
export type TableScope = 'device' | 'class' | 'pupil';

export interface TableSpec<Row> {
  scope: TableScope;
  shape: Shape<Row>;
  /** Fields naming the row this one belongs to: it is erased, and backed up, with that row. */
  belongsTo?: { readonly [F in keyof Row & string]?: TableName };
  /** Fields naming a row this one shows (a photo): it must exist, but is not the owner. */
  uses?: { readonly [F in keyof Row & string]?: TableName };
  /** A rule across fields, after every field fits. */
  rule?: (row: Row) => boolean;
  /** False for the media's bytes: a backup carries them as entries of their own, not as rows. */
  inBackup?: false;
}

const share = oneOf(SHARES);
const plainText = text(TEXT_LIMITS.long);
const shortText = text(TEXT_LIMITS.short);
const base64 = text(200, /^[A-Za-z0-9+/]*={0,2}$/);
const hashedSecret = record<HashedSecret>({
  algorithm: oneOf(['PBKDF2-SHA-256']),
  iterations: whole(1, 10_000_000),
  salt: base64,
  hash: base64,
});
const minutes = (max: number) => whole(1, max);
const rating = optional(whole(0, 10));
const ofPupilInRound = { pupilId: 'pupils', roundId: 'rounds' } as const;

function inScale(row: { scale: (typeof RATING_SCALES)[number]; now?: number; month?: number }) {
  const steps = SCALE_STEPS.get(row.scale)!;
  return [row.now, row.month].every(
    (value) => value === undefined || (value >= steps.min && value <= steps.max),
  );
}

export const REGISTRY: { readonly [T in TableName]: TableSpec<RowOf<T>> } = {
  classes: {
    scope: 'class',
    shape: {
      id: key,
      name: visible(MAX_CLASS_NAME_LENGTH, visibleText),
      language: oneOf(LANGUAGES),
      region: oneOf(REGIONS),
      pupilIdleMinutes: minutes(60),
      recordingCapMinutes: optional(minutes(5)),
      createdAt: time,
      updatedAt: time,
    },
  },
  pupils: {
    scope: 'pupil',
    belongsTo: { classId: 'classes' },
    uses: { photoMediaId: 'media' },
    shape: {
      id: key,
      classId: key,
      firstName: visible(MAX_NAME_LENGTH, visibleText),
      avatar: record({ drawing: oneOf(AVATAR_DRAWINGS), colour: oneOf(AVATAR_COLOURS) }),
      photoMediaId: optional(key),
      pictureCode: optional(hashedSecret),
      archived: bool,
      createdAt: time,
      updatedAt: time,
    },
  },
  teacher: {
    scope: 'device',
    shape: {
      id: oneOf(['teacher']),
      code: hashedSecret,
      lockAfterMinutes: minutes(60),
      updatedAt: time,
    },
  },
  // A pupil's photos and recordings, and the teacher's spoken prompts of a round (no pupil).
  media: {
    scope: 'pupil',
    belongsTo: { pupilId: 'pupils', roundId: 'rounds' },
    shape: {
      id: key,
      pupilId: optional(key),
      kind: oneOf(MEDIA_KINDS),
      mimeType: text(100, /^[a-z]+\/[\w.+-]+(;[\w=.,+ -]*)?$/, 'image/jpeg'),
      bytes: whole(0, Number.MAX_SAFE_INTEGER),
      width: optional(whole(1, 100_000)),
      height: optional(whole(1, 100_000)),
      durationMs: optional(whole(0, 24 * 3_600_000)),
      thumbnail: optional(blob),
      complete: bool,
      recoveredAt: optional(time),
      purpose: optional(oneOf(MEDIA_PURPOSES)),
      roundId: optional(key),
      questionId: optional(key),
      createdAt: time,
    },
  },
  mediaChunks: {
    scope: 'pupil',
    belongsTo: { mediaId: 'media' },
    inBackup: false,
    shape: { mediaId: key, seq: whole(0, 10_000_000), blob },
  },
  rounds: {
    scope: 'class',
    belongsTo: { classId: 'classes' },
    shape: {
      id: key,
      classId: key,
      kind: oneOf(CONVERSATION_KINDS),
      title: text(MAX_TITLE_LENGTH),
      ageBand: oneOf(AGE_BANDS),
      status: oneOf(ROUND_STATUSES),
      firstDay: day,
      lastDay: day,
      lookBackFrom: day,
      minutesPerTalk: whole(5, 120),
      tools: list(oneOf(TOOL_IDS), TOOL_IDS.length, { unique: true }),
      scale: oneOf(RATING_SCALES),
      answerMode: oneOf(ANSWER_MODES),
      topics: list(record<RoundTopic>({ id: key, label: text(MAX_TOPIC_LENGTH) }), MAX_TOPICS),
      questions: list(record<RoundQuestion>({ id: key, text: text(MAX_QUESTION_LENGTH) }), 50),
      agenda: list(
        record<RoundAgendaTopic>({
          id: key,
          title: shortText,
          pupil: plainText,
          parent: plainText,
          teacher: plainText,
        }),
        50,
      ),
      jar: list(key, 1000, { unique: true }),
      parentQuestions: list(
        record<RoundQuestion>({ id: key, text: text(MAX_QUESTION_LENGTH) }),
        50,
      ),
      createdAt: time,
      updatedAt: time,
      openedAt: optional(time),
      closedAt: optional(time),
    },
  },
  pupilPlans: {
    scope: 'pupil',
    belongsTo: ofPupilInRound,
    shape: {
      roundId: key,
      pupilId: key,
      slot: optional(dayAndTime),
      focus: text(MAX_PLAN_TEXT_LENGTH),
      message: text(MAX_PLAN_TEXT_LENGTH),
      hearFromPupil: text(MAX_PLAN_TEXT_LENGTH),
      hearFromParents: text(MAX_PLAN_TEXT_LENGTH),
      parentAnswers: list(
        record<ParentAnswer>({ questionId: key, text: text(MAX_PLAN_TEXT_LENGTH) }),
        50,
      ),
      updatedAt: time,
    },
  },
  ownQuestions: {
    scope: 'class',
    belongsTo: { classId: 'classes' },
    shape: {
      id: key,
      classId: key,
      text: visible(MAX_QUESTION_LENGTH, visibleText),
      category: oneOf(QUESTION_CATEGORIES),
      ages: list(oneOf(AGE_BANDS), AGE_BANDS.length, { unique: true }),
      createdAt: time,
    },
  },
  hiddenQuestions: {
    scope: 'class',
    belongsTo: { classId: 'classes' },
    shape: { classId: key, questionId: key },
  },
  portfolioItems: {
    scope: 'pupil',
    belongsTo: { pupilId: 'pupils' },
    uses: { photoMediaId: 'media' },
    shape: {
      id: key,
      pupilId: key,
      day,
      title: shortText,
      note: plainText,
      topic: shortText,
      level: optional(oneOf(LEVELS)),
      levelNext: optional(oneOf(LEVEL_NEXTS)),
      proud: bool,
      photoMediaId: optional(key),
      share,
      createdAt: time,
      updatedAt: time,
      deletedAt: optional(time),
    },
  },
  ratings: {
    scope: 'pupil',
    belongsTo: ofPupilInRound,
    rule: inScale,
    shape: {
      pupilId: key,
      roundId: key,
      topicId: key,
      scale: oneOf(RATING_SCALES),
      now: rating,
      month: rating,
      share,
      updatedAt: time,
    },
  },
  answers: {
    scope: 'pupil',
    belongsTo: ofPupilInRound,
    uses: { mediaId: 'media' },
    shape: {
      pupilId: key,
      roundId: key,
      questionId: key,
      source: oneOf(ANSWER_SOURCES),
      question: text(MAX_QUESTION_LENGTH),
      text: plainText,
      mediaId: optional(key),
      told: optional(bool),
      putBack: bool,
      share,
      createdAt: time,
      updatedAt: time,
    },
  },
  asks: {
    scope: 'pupil',
    belongsTo: ofPupilInRound,
    shape: {
      id: key,
      pupilId: key,
      roundId: key,
      to: oneOf(ASK_TO),
      text: plainText,
      share,
      createdAt: time,
      updatedAt: time,
    },
  },
  circles: {
    scope: 'pupil',
    belongsTo: ofPupilInRound,
    shape: {
      pupilId: key,
      roundId: key,
      circle: oneOf(CIRCLE_IDS),
      plus: plainText,
      minus: plainText,
      wonder: plainText,
      goal: plainText,
      need: plainText,
      share,
      updatedAt: time,
    },
  },
  goals: {
    scope: 'pupil',
    belongsTo: ofPupilInRound,
    shape: {
      id: key,
      pupilId: key,
      roundId: key,
      aim: shortText,
      progress: whole(0, 4),
      nextStep: shortText,
      help: list(oneOf(HELP_KINDS), HELP_KINDS.length, { unique: true }),
      helpNote: shortText,
      share,
      createdAt: time,
      updatedAt: time,
    },
  },
  pupilRounds: {
    scope: 'pupil',
    belongsTo: ofPupilInRound,
    shape: {
      roundId: key,
      pupilId: key,
      reviewedAt: optional(time),
      talkOrder: optional(list(oneOf(TALK_PARTS), TALK_PARTS.length, { unique: true })),
      updatedAt: time,
    },
  },
  clips: {
    scope: 'pupil',
    belongsTo: ofPupilInRound,
    uses: { mediaId: 'media' },
    shape: { pupilId: key, roundId: key, mediaId: optional(key), share, updatedAt: time },
  },
  agreements: {
    scope: 'pupil',
    belongsTo: ofPupilInRound,
    shape: {
      roundId: key,
      pupilId: key,
      items: list(
        record<Agreement>({
          id: key,
          who: oneOf(AGREEMENT_WHO),
          what: plainText,
          byWhen: optional(day),
          outcome: optional(oneOf(LEVELS)),
        }),
        MAX_AGREEMENTS,
      ),
      tops: plainText,
      tips: plainText,
      notes: plainText,
      updatedAt: time,
    },
  },
};

export const TABLE_NAMES = Object.keys(REGISTRY) as TableName[];

export const isTableName = (name: string): name is TableName => Object.hasOwn(REGISTRY, name);

export function tableSpec(name: TableName): TableSpec<Record<string, unknown>> {
  return REGISTRY[name] as unknown as TableSpec<Record<string, unknown>>;
}

/** Every reference a table's rows make: the field, the table it names, and whether it owns. */
export function referencesOf(
  name: TableName,
): { field: string; table: TableName; owner: boolean }[] {
  const spec = tableSpec(name);
  const pairs = (refs: object | undefined, owner: boolean) =>
    Object.entries(refs ?? {}).map(([field, table]) => ({
      field,
      table: table as TableName,
      owner,
    }));
  return [...pairs(spec.belongsTo, true), ...pairs(spec.uses, false)];
}

const rowChecks = new Map<TableName, ReturnType<typeof record<Record<string, unknown>>>>();

/**
 * A row of `table` as the app reads it: a fresh copy with only the fields of its shape. Throws a
 * Misfit naming the first field that does not fit.
 */
export function checkRow(table: TableName, row: unknown): Record<string, unknown> {
  const spec = tableSpec(table);
  let rowCheck = rowChecks.get(table);
  if (!rowCheck) rowChecks.set(table, (rowCheck = record(spec.shape)));
  const checked = rowCheck.parse(row, table);
  if (spec.rule && !spec.rule(checked)) throw new Misfit(`${table} (fields disagree)`);
  return checked;
}
