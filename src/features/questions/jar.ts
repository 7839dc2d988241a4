/**
 * The vragenpot: which question comes out next. Pure, with the random source passed in, so a
 * test can say which question comes out.
 *
 * A question the pupil has drawn this round does not come out again while there are questions
 * they have not seen. Once every question has come out, the ones they put back may come out
 * again (never the one just put back, when there is another). A jar with nothing left to draw
 * is empty: every question was drawn and kept.
 */

export interface DrawnQuestion {
  questionId: string;
  putBack: boolean;
}

/** A number in [0, 1), like Math.random. */
export type RandomSource = () => number;

export function drawableQuestions(
  jar: readonly string[],
  drawn: readonly DrawnQuestion[],
  lastPutBack?: string,
): string[] {
  const seen = new Map(drawn.map((entry) => [entry.questionId, entry]));
  const fresh = jar.filter((id) => !seen.has(id));
  if (fresh.length > 0) return fresh;
  const again = jar.filter((id) => seen.get(id)?.putBack);
  const others = again.filter((id) => id !== lastPutBack);
  return others.length > 0 ? others : again;
}

/** The next question out of the jar, or null when the jar is empty. */
export function drawFromJar(
  jar: readonly string[],
  drawn: readonly DrawnQuestion[],
  random: RandomSource = Math.random,
  lastPutBack?: string,
): string | null {
  const candidates = drawableQuestions(jar, drawn, lastPutBack);
  if (candidates.length === 0) return null;
  const index = Math.min(candidates.length - 1, Math.floor(random() * candidates.length));
  return candidates[index]!;
}

/** How many questions are still in the jar (not yet drawn, or put back). */
export function questionsLeft(jar: readonly string[], drawn: readonly DrawnQuestion[]): number {
  const kept = new Set(drawn.filter((entry) => !entry.putBack).map((entry) => entry.questionId));
  return jar.filter((id) => !kept.has(id)).length;
}
