/**
 * What goes on the praatpapier: the pupil's preparation, cut to what an audience may see, part
 * by part (each part says what of it can be shared: preparation/tools.ts). Pure, so the pupil's
 * own review ("this is what your parents will see"), the teacher's view and the printed sheet
 * always agree. Empty parts are left out, never shown as empty boxes.
 *
 * - parents: only what the pupil put "op mijn praatpapier";
 * - teacher: also what is "alleen voor juf of meester".
 * What the pupil keeps "alleen voor mij" is never on any sheet.
 */
import {
  visibleTo,
  type Audience,
  type PartId,
  type PartItems,
  type Preparation,
} from '../tool-contract';
import { partsOf, SHEET_PARTS } from './tools';

/** Each part's items. */
export type PartLists = { [K in PartId]: PartItems[K][] };

export type SheetContent = PartLists & {
  audience: Audience;
  /** How many things the pupil made that this audience does not see. */
  notShown: number;
};

const noParts = (): PartLists =>
  Object.fromEntries(SHEET_PARTS.map((part) => [part.id, []])) as unknown as PartLists;

/** Everything the pupil made that can be shared, each with its share choice, per part. */
export function shareableItems(preparation: Preparation): PartLists {
  const lists = noParts();
  for (const part of partsOf(preparation.round))
    (lists[part.id] as unknown[]) = part.items(preparation);
  return lists;
}

export function sheetContent(preparation: Preparation, audience: Audience): SheetContent {
  const content: SheetContent = { ...shareableItems(preparation), audience, notShown: 0 };
  for (const part of SHEET_PARTS) {
    const all = content[part.id] as { share: PartItems[PartId]['share'] }[];
    const shown = all.filter((item) => visibleTo(item.share, audience));
    content.notShown += all.length - shown.length;
    (content[part.id] as unknown[]) = shown;
  }
  return content;
}

export function isEmptySheet(content: SheetContent): boolean {
  return SHEET_PARTS.every((part) => content[part.id].length === 0);
}

/**
 * What the pupil marked "alleen voor juf of meester": on the teacher's copy it is set apart,
 * since the teacher must not bring it up as if the parents had read it.
 */
export function teacherOnlyContent(preparation: Preparation): SheetContent {
  const teacher = sheetContent(preparation, 'teacher');
  const parents = sheetContent(preparation, 'parents');
  for (const part of SHEET_PARTS) {
    const key = part.key as (item: unknown) => string;
    const seen = new Set((parents[part.id] as unknown[]).map(key));
    (teacher[part.id] as unknown[]) = (teacher[part.id] as unknown[]).filter(
      (item) => !seen.has(key(item)),
    );
  }
  return teacher;
}
