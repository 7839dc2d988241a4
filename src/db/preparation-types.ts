/**
 * Row types of a pupil's preparation (schema version 3): what a pupil makes for a round.
 * Every row carries an indexed `pupilId` (so erasing a pupil finds it) and a `share`: the
 * pupil's own choice of who may see it.
 */
import type {
  AnswerSource,
  AskTo,
  CircleId,
  HelpKind,
  Level,
  LevelNext,
  RatingScale,
  Share,
  TalkPart,
} from './vocabulary';

/** What I learned: evidence for the conversation. Not tied to a round: it is my portfolio. */
export interface PortfolioItemRow {
  id: string;
  pupilId: string;
  /** The day it was learned (YYYY-MM-DD); the look-back window of a round is by this day. */
  day: string;
  title: string;
  note: string;
  /** A rating topic of the round it was made in, copied as text so it survives edits. */
  topic: string;
  level?: Level;
  levelNext?: LevelNext;
  proud: boolean;
  /** A photo (media row of kind 'photo'). */
  photoMediaId?: string;
  share: Share;
  createdAt: number;
  updatedAt: number;
  /** Deleted, but still undoable for a moment; such rows are purged on the next read. */
  deletedAt?: number;
}

/** Where I am now, and where I want to be in a month, on one topic, on the round's scale. */
export interface RatingRow {
  pupilId: string;
  roundId: string;
  topicId: string;
  /** Values are steps of the round's scale at the time of rating, so they keep their meaning. */
  scale: RatingScale;
  now?: number;
  month?: number;
  share: Share;
  updatedAt: number;
}

/** The answer to a round question or to a question drawn from the vragenpot. */
export interface AnswerRow {
  pupilId: string;
  roundId: string;
  questionId: string;
  source: AnswerSource;
  /** The question as the pupil saw it (built-ins and own questions can change later). */
  question: string;
  text: string;
  /** A spoken answer (media row of kind 'audio'). */
  mediaId?: string;
  /** In a spoken round, the pupil told the answer in person (kleuters need not type). */
  told?: boolean;
  /** A jar question the pupil put back: it may come out again once the jar is empty. */
  putBack: boolean;
  share: Share;
  /** When it came out of the jar (for round questions: when first answered). */
  createdAt: number;
  updatedAt: number;
}

/** A question the pupil wants to ask in the conversation. */
export interface AskRow {
  id: string;
  pupilId: string;
  roundId: string;
  to: AskTo;
  text: string;
  share: Share;
  createdAt: number;
  updatedAt: number;
}

/** One of the three circles (thuis, ik, school): +, −, ?, my goal and what I need. */
export interface CircleRow {
  pupilId: string;
  roundId: string;
  circle: CircleId;
  plus: string;
  minus: string;
  wonder: string;
  goal: string;
  need: string;
  share: Share;
  updatedAt: number;
}

/** One of one to three goals, in growth language. */
export interface GoalRow {
  id: string;
  pupilId: string;
  roundId: string;
  /** Where do I want to go. */
  aim: string;
  /** How far am I: 0 (just starting) to 4 (there). */
  progress: number;
  nextStep: string;
  help: HelpKind[];
  helpNote: string;
  share: Share;
  createdAt: number;
  updatedAt: number;
}

/** The ice-breaker video a pupil keeps for a round, and who may see it. */
export interface ClipRow {
  pupilId: string;
  roundId: string;
  /** The kept take; other finished takes of the round wait for "keep or delete". */
  mediaId?: string;
  share: Share;
  updatedAt: number;
}

/** The pupil's round as a whole: when they looked through what goes to their parents. */
export interface PupilRoundRow {
  roundId: string;
  pupilId: string;
  reviewedAt?: number;
  /** The order the pupil wants to tell their parts in during the conversation (version 5 on). */
  talkOrder?: TalkPart[];
  updatedAt: number;
}
