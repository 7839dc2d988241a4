/**
 * What makes a round valid, and the draft a new round starts from. Pure: the repo refuses what
 * these rules refuse, and the screens show the same problems as messages.
 */
import {
  inMinutesRange,
  MAX_PLAN_TEXT_LENGTH,
  MAX_TALK_MINUTES,
  MIN_TALK_MINUTES,
  MAX_QUESTION_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_TOPIC_LENGTH,
  sameText,
  type Language,
  type RoundQuestion,
  type RoundRow,
  type RoundTopic,
} from '../../db';
import type { AgeBand, ConversationKind } from './model';
import {
  AGE_BAND_DEFAULTS,
  DEFAULT_LOOK_BACK_WEEKS,
  DEFAULT_MINUTES_PER_TALK,
  MAX_TOPICS,
  MIN_TOPICS,
  defaultTopicsFor,
} from './defaults';
import { templateFor } from './templates';
import { addDays, parseDay, slotDay } from './dates';

export { MAX_TITLE_LENGTH, MAX_TOPIC_LENGTH, MAX_QUESTION_LENGTH, MAX_PLAN_TEXT_LENGTH };

export type RoundProblem =
  | 'title-empty'
  | 'title-too-long'
  | 'dates-invalid'
  | 'dates-order'
  | 'look-back-after-start'
  | 'minutes-range'
  | 'too-few-topics'
  | 'too-many-topics'
  | 'topic-empty'
  | 'topic-too-long'
  | 'topic-duplicate'
  | 'question-empty'
  | 'question-too-long'
  | 'question-duplicate'
  | 'no-tools'
  | 'slot-outside-round'
  | 'plan-too-long';

export type RoundSettings = Omit<
  RoundRow,
  'id' | 'classId' | 'status' | 'createdAt' | 'updatedAt' | 'openedAt' | 'closedAt'
>;

/** A round's settings: everything the teacher edits, without identity and status. */
export function settingsOf(round: RoundRow): RoundSettings {
  const {
    id: _i,
    classId: _c,
    status: _s,
    createdAt: _a,
    updatedAt: _u,
    openedAt: _o,
    closedAt: _x,
    ...settings
  } = round;
  return settings;
}

function hasDuplicate(texts: readonly string[]): boolean {
  return texts.some((text, index) => texts.findIndex((other) => sameText(other, text)) !== index);
}

export function topicProblems(topics: readonly RoundTopic[]): RoundProblem[] {
  const problems: RoundProblem[] = [];
  if (topics.length < MIN_TOPICS) problems.push('too-few-topics');
  if (topics.length > MAX_TOPICS) problems.push('too-many-topics');
  if (topics.some((topic) => !topic.label.trim())) problems.push('topic-empty');
  if (topics.some((topic) => topic.label.trim().length > MAX_TOPIC_LENGTH))
    problems.push('topic-too-long');
  if (hasDuplicate(topics.map((topic) => topic.label))) problems.push('topic-duplicate');
  return problems;
}

export function questionTextProblems(texts: readonly string[]): RoundProblem[] {
  const problems: RoundProblem[] = [];
  if (texts.some((text) => !text.trim())) problems.push('question-empty');
  if (texts.some((text) => text.trim().length > MAX_QUESTION_LENGTH))
    problems.push('question-too-long');
  if (hasDuplicate(texts)) problems.push('question-duplicate');
  return problems;
}

export function roundProblems(round: RoundSettings): RoundProblem[] {
  const problems: RoundProblem[] = [];
  const title = round.title.trim();
  if (!title) problems.push('title-empty');
  if (title.length > MAX_TITLE_LENGTH) problems.push('title-too-long');
  const first = parseDay(round.firstDay);
  const last = parseDay(round.lastDay);
  const lookBack = parseDay(round.lookBackFrom);
  if (!first || !last || !lookBack) problems.push('dates-invalid');
  else {
    if (first > last) problems.push('dates-order');
    if (lookBack > first) problems.push('look-back-after-start');
  }
  if (!inMinutesRange(round.minutesPerTalk, MAX_TALK_MINUTES, MIN_TALK_MINUTES)) {
    problems.push('minutes-range');
  }
  if (round.tools.length === 0) problems.push('no-tools');
  problems.push(...topicProblems(round.topics));
  problems.push(...questionTextProblems(round.questions.map((question) => question.text)));
  problems.push(...questionTextProblems(round.parentQuestions.map((question) => question.text)));
  return [...new Set(problems)];
}

/** A slot must fall on one of the round's conversation days. */
export function slotFitsRound(
  slot: string,
  round: Pick<RoundRow, 'firstDay' | 'lastDay'>,
): boolean {
  const day = slotDay(slot);
  return day !== undefined && day >= round.firstDay && day <= round.lastDay;
}

function localQuestions(
  questions: readonly { id: string; text: { nl: string; en: string } }[],
  language: Language,
): RoundQuestion[] {
  return questions.map((question) => ({ id: question.id, text: question.text[language] }));
}

/** The settings a new round of this kind and age band starts from, in the class's language. */
export function draftRound(
  kind: ConversationKind,
  ageBand: AgeBand,
  language: Language,
  today: string,
  title: string,
): RoundSettings {
  const template = templateFor(kind);
  const defaults = AGE_BAND_DEFAULTS[ageBand];
  const firstDay = addDays(today, 14);
  return {
    kind,
    title,
    ageBand,
    firstDay,
    lastDay: addDays(firstDay, 4),
    lookBackFrom: addDays(today, -7 * DEFAULT_LOOK_BACK_WEEKS),
    minutesPerTalk: DEFAULT_MINUTES_PER_TALK,
    tools: [...defaults.tools],
    scale: defaults.scale,
    answerMode: defaults.answerMode,
    topics: defaultTopicsFor(ageBand).map((topic) => ({
      id: topic.id,
      label: topic.label[language],
    })),
    questions: localQuestions(template.questions, language),
    agenda: template.agenda.map((topic) => ({
      id: topic.id,
      title: topic.title[language],
      pupil: topic.pupil[language],
      parent: topic.parent[language],
      teacher: topic.teacher[language],
    })),
    jar: [],
    parentQuestions: localQuestions(template.parentQuestions, language),
  };
}
