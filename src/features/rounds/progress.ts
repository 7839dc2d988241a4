/**
 * How far each pupil is with each part of a round: not started, started, done. Each pupil tool
 * answers for the whole class in one read of its own table (by round), so the overview takes a
 * fixed number of reads, however many items pupils make. Tools without stored work yet answer
 * 'none' for everyone.
 */
import type { RoundRow } from '../../db';
import type { ToolId } from './model';

export type PartState = 'none' | 'started' | 'done';
export type ClassProgress = Map<ToolId, Map<string, PartState>>;
export type ProgressReader = (
  round: RoundRow,
  pupilIds: readonly string[],
) => Promise<Map<string, PartState>>;

/** The readers of the tools that store pupil work; later tools add theirs here. */
const READERS: Partial<Record<ToolId, ProgressReader>> = {};

export async function classProgress(
  round: RoundRow,
  pupilIds: readonly string[],
): Promise<ClassProgress> {
  const entries = await Promise.all(
    round.tools.map(async (tool) => {
      const reader = READERS[tool];
      const states = reader ? await reader(round, pupilIds) : new Map<string, PartState>();
      return [tool, states] as const;
    }),
  );
  return new Map(entries);
}

/** A pupil's share of done parts, 0 to 1, for sorting by readiness. */
export function readiness(progress: ClassProgress, pupilId: string): number {
  if (progress.size === 0) return 0;
  let score = 0;
  for (const states of progress.values()) {
    const state = states.get(pupilId) ?? 'none';
    score += state === 'done' ? 1 : state === 'started' ? 0.5 : 0;
  }
  return score / progress.size;
}
