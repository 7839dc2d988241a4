/**
 * How long a pupil's texts may be. The fields show a counter and stop at the limit; the repos
 * refuse anything longer, so a pasted novel or a stuck key never reaches the database.
 */
export const TEXT_LIMITS = {
  /** A title, a goal, one line in a circle. */
  short: 120,
  /** An answer, a note. */
  long: 1000,
} as const;

export class TextTooLongError extends Error {
  constructor(readonly limit: number) {
    super(`text longer than ${limit} characters`);
  }
}

/** Throws when any of `texts` is longer than `limit`. */
export function refuseLongText(limit: number, ...texts: (string | undefined)[]): void {
  if (texts.some((text) => (text?.length ?? 0) > limit)) throw new TextTooLongError(limit);
}
