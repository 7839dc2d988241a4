/**
 * How far each pupil is with each part of a round, for the class overview: one read per table
 * the round uses (see classPreparations), so the overview costs the same however much pupils
 * made.
 */
import type { RoundRow, ToolId } from '../../db';
import type { PartState } from '../tool-contract';
import { partState } from './tools';
import { classPreparations } from './preparation-repo';

export type ClassProgress = Map<ToolId, Map<string, PartState>>;

export async function classProgress(
  round: RoundRow,
  pupilIds: readonly string[],
): Promise<ClassProgress> {
  const preparations = await classPreparations(round, pupilIds);
  return new Map(
    round.tools.map((tool) => [
      tool,
      new Map(pupilIds.map((id) => [id, partState(tool, preparations.get(id)!)])),
    ]),
  );
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
