/**
 * The contract every pupil tool keeps. A tool's folder exports one `PupilTool`: its screen, how
 * far a pupil is with it, and the parts of the praatpapier it makes. The pupil's path, the
 * class overview, the share review, the sheet, conversation mode and print iterate the list of
 * tools (preparation/tools.ts) and never name a tool. How to add one: src/features/README.md.
 */
import type { ComponentType } from 'preact';
import type { MediaRow, PupilRow, RoundRow, Share, ToolId } from '../../db';
import type { MessageKey, Translate } from '../../i18n';
import type { ToolPictureId } from '../../ui/drawings/tool-pictures';
import type { PartRows, Preparation } from './preparation';

export type PartState = 'none' | 'started' | 'done';

/** Done when `needed` things are done, started when anything is begun. */
export function byCount(done: number, started: number, needed: number): PartState {
  if (needed > 0 && done >= needed) return 'done';
  return started > 0 || done > 0 ? 'started' : 'none';
}

/** Who reads a copy of the praatpapier. */
export type Audience = 'parents' | 'teacher';

/** "Op mijn praatpapier" is for everyone, "alleen voor juf of meester" for the teacher only. */
export function visibleTo(share: Share, audience: Audience): boolean {
  return share === 'parents' || (share === 'teacher' && audience === 'teacher');
}

/** The phases of the teacher's frame for the talk (seeds/002), in order. */
export type Phase = 'afstemmen' | 'delen' | 'zorgen' | 'afspreken' | 'afronden';

/**
 * What each part of the praatpapier holds on a sheet, by part. Empty here: each tool adds the
 * lines of its own parts in its folder, by declaration merging, as for `PartRows`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by each tool
export interface PartItems {}

export type PartId = keyof PartItems & keyof PartRows;

/** A list of one part's items, for its components. */
export interface PartProps<K extends PartId> {
  items: PartItems[K][];
}

/** A part's items on paper, with what a printed sheet has ready for them. */
export interface PaperProps<K extends PartId> extends PartProps<K> {
  /** Object URLs of the pictures on paper, by media id; the spinnenweb by `radar:<pupil id>`. */
  urls: ReadonlyMap<string, string>;
  /** The media rows paper asked for (paperMedia), by id. */
  media: ReadonlyMap<string, MediaRow>;
  pupil: PupilRow;
  /** In the teacher's compact box of what the parents do not see: small, without a heading. */
  compact: boolean;
}

/** One line of "what may go to my parents?": a thing the pupil made and who may see it. */
export interface ShareLine {
  key: string;
  name: string;
  share: Share;
  /** A portfolio item's photo, shown beside its name. */
  photoMediaId?: string;
  /** Stores a new choice through the repo that owns the item. */
  change(pupilId: string, round: RoundRow, share: Share): Promise<void>;
}

/** A part of the praatpapier: what a tool made, as every copy and the conversation show it. */
export interface SheetPart<K extends PartId = PartId> {
  id: K;
  /** The tools whose screens make it: the part is there when the round uses one of them. */
  madeWith: readonly ToolId[];
  names: {
    /** Its heading on the sheet, on screen and on paper. */
    sheet: MessageKey;
    /** Its name for the pupil, on the cards that set the order of the talk. */
    pupil: MessageKey;
    /** Its short name in conversation mode's row of steps. */
    talk: MessageKey;
  };
  picture: ToolPictureId;
  /** Which side of the printed sheet it goes on: the child's voice in front, how it goes behind. */
  paper: 'front' | 'back';
  /** Where its step belongs in the teacher's frame. */
  phase: Phase;
  /** Reads its rows: one pupil's for a round, or every pupil's of the round in one read. */
  read: {
    pupil(pupilId: string, round: RoundRow): Promise<PartRows[K][]>;
    round(round: RoundRow): Promise<PartRows[K][]>;
  };
  /**
   * Which of the rows read count, in what order: the same rule for one pupil and for the class,
   * so the path and the teacher's screens agree. Pure; without it, every row as read.
   */
  arrange?(rows: PartRows[K][], round: RoundRow): PartRows[K][];
  /** Everything the pupil made of it that can be shared, in the order of the sheet. Pure. */
  items(preparation: Preparation): PartItems[K][];
  /** Tells two items apart (the teacher's copy sets apart what parents do not see). */
  key(item: PartItems[K]): string;
  /** The lines of the share review for these items. */
  choices(items: PartItems[K][], t: Translate): ShareLine[];
  /** Its items on the sheet: the share review, the teacher's view and paper. */
  Sheet: ComponentType<PartProps<K>>;
  /** Its own layout on paper, headings included; without one, `Sheet` under its heading. */
  Paper?: ComponentType<PaperProps<K>>;
  /** Its part of the blank invulblad, to fill in by hand (headings included); none: left off. */
  Blank?: ComponentType<{ round: RoundRow }>;
  /** The media rows paper needs of an item: photos to print, the video's length. */
  paperMedia?(item: PartItems[K]): string[];
  /** Its step of conversation mode, big enough to read across the table; without one, no step. */
  Talk?: ComponentType<PartProps<K>>;
}

/** One route of a tool's screens, below the pupil's space (`/pupil`). */
export interface ToolRoute {
  path: string;
  screen: ComponentType;
}

export interface PupilTool {
  id: ToolId;
  /** Its tile on the pupil's path: the name a child hears and reads, and its picture. */
  name: MessageKey;
  picture: ToolPictureId;
  /** Its screens; the first opens from the path tile, at `/pupil/<id>`. */
  routes: readonly ToolRoute[];
  /** How far a pupil is with it: the path tile and the class overview. Pure. */
  state(preparation: Preparation): PartState;
  /** The parts of the praatpapier it makes (none for a tool that shows another tool's part). */
  parts: readonly SheetPart[];
}

/** Declares a part with its item type checked, to list it among a tool's parts. */
export const sheetPart = <K extends PartId>(part: SheetPart<K>): SheetPart =>
  part as unknown as SheetPart;
