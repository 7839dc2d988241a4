/** The class, the teacher's code, and what the teacher sets up: their registry entries. */
import { day, key, list, oneOf, optional, record, text, time, visible, whole } from './checks';
import {
  MAX_CLASS_NAME_LENGTH,
  MAX_IDLE_MINUTES,
  MAX_RECORDING_MINUTES,
  MAX_TALK_MINUTES,
  MIN_TALK_MINUTES,
  MAX_QUESTION_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_TOPIC_LENGTH,
  MAX_TOPICS,
  visibleText,
} from './limits';
import {
  AGE_BANDS,
  ANSWER_MODES,
  CONVERSATION_KINDS,
  LANGUAGES,
  QUESTION_CATEGORIES,
  RATING_SCALES,
  REGIONS,
  ROUND_STATUSES,
  TOOL_IDS,
} from './vocabulary';
import type { RoundAgendaTopic, RoundQuestion, RoundTopic } from './round-types';
import { plainText, shortText, hashedSecret, minutes } from './table-fields';
import type { RowOf, TableSpec } from './table-spec';

export type ClassTableName = 'classes' | 'teacher' | 'rounds' | 'ownQuestions' | 'hiddenQuestions';

export const CLASS_TABLES: { readonly [T in ClassTableName]: TableSpec<RowOf<T>> } = {
  classes: {
    scope: 'class',
    shape: {
      id: key,
      name: visible(MAX_CLASS_NAME_LENGTH, visibleText),
      language: oneOf(LANGUAGES),
      region: oneOf(REGIONS),
      pupilIdleMinutes: minutes(MAX_IDLE_MINUTES),
      recordingCapMinutes: optional(minutes(MAX_RECORDING_MINUTES)),
      createdAt: time,
      updatedAt: time,
    },
  },
  teacher: {
    scope: 'device',
    shape: {
      id: oneOf(['teacher']),
      code: hashedSecret,
      lockAfterMinutes: minutes(MAX_IDLE_MINUTES),
      updatedAt: time,
    },
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
      minutesPerTalk: whole(MIN_TALK_MINUTES, MAX_TALK_MINUTES),
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
};
