/**
 * Row types of conversation rounds (schema version 2). The words of their fixed lists are in
 * vocabulary.ts.
 */
import type {
  AgeBand,
  AnswerMode,
  ConversationKind,
  QuestionCategory,
  RatingScale,
  RoundStatus,
  ToolId,
} from './vocabulary';

export interface RoundTopic {
  id: string;
  label: string;
}

/** A question as the round asks it: its text is copied in, so later edits elsewhere never change it. */
export interface RoundQuestion {
  id: string;
  text: string;
}

export interface RoundAgendaTopic {
  id: string;
  title: string;
  pupil: string;
  parent: string;
  teacher: string;
}

export interface RoundRow {
  id: string;
  classId: string;
  kind: ConversationKind;
  title: string;
  ageBand: AgeBand;
  status: RoundStatus;
  /** The days of the conversations, ISO dates (YYYY-MM-DD). */
  firstDay: string;
  lastDay: string;
  /** "De voorbije weken": portfolio items from this day on come first. */
  lookBackFrom: string;
  minutesPerTalk: number;
  tools: ToolId[];
  scale: RatingScale;
  answerMode: AnswerMode;
  topics: RoundTopic[];
  /** Questions every pupil answers (the four core questions for a KOM-gesprek, …). */
  questions: RoundQuestion[];
  /** The getting-to-know-you agenda; empty for other kinds. */
  agenda: RoundAgendaTopic[];
  /** Ids of the questions in this round's vragenpot: built-in ids or the teacher's own. */
  jar: string[];
  parentQuestions: RoundQuestion[];
  createdAt: number;
  updatedAt: number;
  openedAt?: number;
  closedAt?: number;
}

export interface ParentAnswer {
  questionId: string;
  text: string;
}

/** The teacher's own preparation for one pupil's talk, and its time slot. Teacher-only. */
export interface PupilPlanRow {
  roundId: string;
  pupilId: string;
  /** Local date and time, YYYY-MM-DDTHH:mm. */
  slot?: string;
  focus: string;
  message: string;
  hearFromPupil: string;
  hearFromParents: string;
  /**
   * What the parents answered to the round's parent questions (the letter they brought back),
   * as the teacher typed it in, one entry per question. A list rather than an object keyed by
   * question id (as before version 6), so no stored id can ever pick a built-in object key.
   */
  parentAnswers: ParentAnswer[];
  updatedAt: number;
}

/** A question the teacher wrote for the vragenpot. */
export interface OwnQuestionRow {
  id: string;
  classId: string;
  text: string;
  category: QuestionCategory;
  ages: AgeBand[];
  createdAt: number;
}

/** A built-in question the teacher does not want to see; its id is stable across updates. */
export interface HiddenQuestionRow {
  classId: string;
  questionId: string;
}
