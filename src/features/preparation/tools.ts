/**
 * The list of pupil tools: the one place that names them. The path, the class overview, the
 * share review, the sheet, conversation mode and print iterate it. The order is the pupil's
 * path, and the parts of the praatpapier keep the order of the tools that make them: one order,
 * decided here, for the share review, the sheet, paper and the talk the pupil may reorder.
 */
import './sheet.css';
import type { RoundRow, TalkPart, ToolId } from '../../db';
import type {
  PartState,
  Preparation,
  PreparationRows,
  PupilTool,
  SheetPart,
} from '../tool-contract';
import { portfolioTool } from '../portfolio';
import { ratingsTool, spinnenwebTool } from '../ratings';
import { questionsTool, vragenpotTool } from '../questions';
import { circlesTool } from '../circles';
import { goalsTool } from '../goals';
import { videoTool } from '../video';

export const PUPIL_TOOLS: readonly PupilTool[] = [
  portfolioTool,
  ratingsTool,
  spinnenwebTool,
  questionsTool,
  vragenpotTool,
  circlesTool,
  goalsTool,
  videoTool,
];

/** Every part of the praatpapier, in the order of the tools that make them. */
export const SHEET_PARTS: readonly SheetPart[] = PUPIL_TOOLS.flatMap((tool) => tool.parts);

/** A preparation with nothing in it yet: an empty list for every part. */
export function emptyPreparation(round: RoundRow, pupilId: string): Preparation {
  const rows = Object.fromEntries(SHEET_PARTS.map((part) => [part.id, []]));
  return { ...(rows as unknown as PreparationRows), round, pupilId };
}

/** The parts a round has: those made with one of the round's tools. */
export const partsOf = (round: Pick<RoundRow, 'tools'>): SheetPart[] =>
  SHEET_PARTS.filter((part) => part.madeWith.some((tool) => round.tools.includes(tool)));

/** The parts told one by one in the talk, in the order they have before the pupil moves them. */
export const DEFAULT_TALK_ORDER: readonly TalkPart[] = SHEET_PARTS.flatMap((part) =>
  part.Talk ? [part.id as TalkPart] : [],
);

const TOOLS_BY_ID = new Map(PUPIL_TOOLS.map((tool) => [tool.id, tool]));

/** How far a pupil is with a tool; the parents' questions store nothing of the pupil's: 'none'. */
export function partState(tool: ToolId, preparation: Preparation): PartState {
  return TOOLS_BY_ID.get(tool)?.state(preparation) ?? 'none';
}

export const isTalkOrder = (order: readonly TalkPart[]): boolean =>
  new Set(order).size === order.length && order.every((part) => DEFAULT_TALK_ORDER.includes(part));

/** The pupil's order, completed with the parts they did not place (in the usual order). */
export function talkOrder(chosen: readonly TalkPart[] | undefined): TalkPart[] {
  const known = (chosen ?? []).filter(
    (part, index, all) => DEFAULT_TALK_ORDER.includes(part) && all.indexOf(part) === index,
  );
  return [...known, ...DEFAULT_TALK_ORDER.filter((part) => !known.includes(part))];
}
