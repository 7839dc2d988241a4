/**
 * The words of a conversation round, shared by its data (templates, question bank, age-band
 * defaults) and its screens. Pure types: no database, no DOM. The string unions live with the
 * rows in src/db.
 */
import type {
  AgeBand,
  AnswerMode,
  ConversationKind,
  QuestionCategory,
  RatingScale,
  ToolId,
} from '../../db';

export type { AgeBand, AnswerMode, ConversationKind, QuestionCategory, RatingScale, ToolId };
export { AGE_BANDS, CONVERSATION_KINDS, QUESTION_CATEGORIES } from '../../db';

/** Text in both languages: Dutch is always there, English too for built-in content. */
export interface Bilingual {
  nl: string;
  en: string;
}

/** A question of the built-in bank, written for children. Ids are stable across app updates. */
export interface BuiltInQuestion {
  id: string;
  category: QuestionCategory;
  ages: readonly AgeBand[];
  text: Bilingual;
}

/** Who speaks to a topic of the getting-to-know-you agenda. */
export interface AgendaTopic {
  id: string;
  title: Bilingual;
  pupil: Bilingual;
  parent: Bilingual;
  teacher: Bilingual;
}

/** What a kind of conversation starts from. */
export interface ConversationTemplate {
  kind: ConversationKind;
  /** The questions every pupil answers (the four core questions for KOM, …). */
  questions: readonly { id: string; text: Bilingual }[];
  /** Only for kennismaking: the agenda, each topic with three sides. */
  agenda: readonly AgendaTopic[];
  /** Questions for parents to prepare at home. */
  parentQuestions: readonly { id: string; text: Bilingual }[];
}
