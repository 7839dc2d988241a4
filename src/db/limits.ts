/**
 * How long texts and how long lists may be, for every stored field that has a limit. The fields
 * show a counter and stop at the limit, the repos refuse anything longer, and the row checks of
 * registry.ts refuse it in a backup file: one number each, so the three can never disagree.
 */
export const TEXT_LIMITS = {
  /** A title, a goal, one line in a circle. */
  short: 120,
  /** An answer, a note. */
  long: 1000,
} as const;

export const MAX_NAME_LENGTH = 40;
export const MAX_CLASS_NAME_LENGTH = 60;
export const MAX_PUPILS_PER_CLASS = 60;
export const MAX_TITLE_LENGTH = 80;
export const MAX_TOPIC_LENGTH = 40;
export const MAX_QUESTION_LENGTH = 200;
export const MAX_PLAN_TEXT_LENGTH = 1000;
export const MIN_TOPICS = 3;
export const MAX_TOPICS = 10;
export const MAX_GOALS = 3;
/** More is a checklist, not an agreement (seeds/003: "te veel maakt het een afvinklijst"). */
export const MAX_AGREEMENTS = 6;

/** Idle minutes before a pupil is signed out or the teacher screens lock: 1 to this. */
export const MAX_IDLE_MINUTES = 60;
/** The teacher's cap on one recording, in whole minutes; a class fits on a tablet at this. */
export const MAX_RECORDING_MINUTES = 5;
export const DEFAULT_RECORDING_MINUTES = 2;
/** How long one conversation of a round is planned to take, in minutes. */
export const MIN_TALK_MINUTES = 5;
export const MAX_TALK_MINUTES = 120;

/** A whole number of minutes from `min` to `max`: the check of every minutes setting. */
export const inMinutesRange = (minutes: number, max: number, min = 1): boolean =>
  Number.isInteger(minutes) && minutes >= min && minutes <= max;

export class TextTooLongError extends Error {
  constructor(readonly limit: number) {
    super(`text longer than ${limit} characters`);
  }
}

/** Throws when any of `texts` is longer than `limit`. */
export function refuseLongText(limit: number, ...texts: (string | undefined)[]): void {
  if (texts.some((text) => (text?.length ?? 0) > limit)) throw new TextTooLongError(limit);
}

/**
 * Control and format characters (zero-width spaces and joiners, direction marks, soft hyphens)
 * and the blank letters some keyboards offer (Hangul fillers, the blank Braille cell): a name
 * made of them alone looks empty on the start screen.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u115f\u1160\u3164\uffa0\u2800]/gu;

/** A text as it is shown: invisible characters gone, white space collapsed, trimmed. */
export function visibleText(raw: string): string {
  return raw.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * What two texts share when they read the same: the visible text, in one Unicode composition,
 * in lower case. One rule for every "is this a double?" (a pupil's name, a rating topic, a
 * question), so a text refused as a double in one place is refused in all of them.
 */
export function textKey(text: string): string {
  return visibleText(text).normalize('NFC').toLocaleLowerCase('nl');
}

export const sameText = (a: string, b: string): boolean => textKey(a) === textKey(b);
