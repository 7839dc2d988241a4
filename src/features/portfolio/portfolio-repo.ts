/**
 * The only writer of `portfolioItems`: what a pupil learned, with a photo (in `media`, through
 * the media feature), a level and a proud star. Every function takes the pupil it works for and
 * refuses an item of another pupil, so a URL or the history cannot open someone else's work.
 * Deleting is undoable for a moment: the row is marked, and purged with its photo later.
 */
import { db, refuseLongText, TEXT_LIMITS, type PortfolioItemRow, type Share } from '../../db';
import { deleteMedia, storeImage, type StillImage } from '../media';

/** How long a deleted item can be brought back. */
export const UNDO_MS = 10_000;

export type PortfolioEdit = Partial<
  Pick<
    PortfolioItemRow,
    'title' | 'note' | 'topic' | 'level' | 'levelNext' | 'proud' | 'day' | 'share'
  >
>;

export class NotYoursError extends Error {
  constructor() {
    super('this item belongs to another pupil');
  }
}

/**
 * The pupil's own item. One thrown away a moment ago still counts: the last words typed before
 * throwing it away are kept, for when the pupil puts it back.
 */
async function ownItem(pupilId: string, itemId: string): Promise<PortfolioItemRow> {
  const item = await db.portfolioItems.get(itemId);
  if (!item) throw new RangeError('no such item');
  if (item.pupilId !== pupilId) throw new NotYoursError();
  return item;
}

/** The pupil's items, newest day first, without those thrown away. Only reads. */
export async function listPortfolio(pupilId: string): Promise<PortfolioItemRow[]> {
  const rows = await db.portfolioItems.where('pupilId').equals(pupilId).toArray();
  return rows
    .filter((row) => row.deletedAt === undefined)
    .sort((a, b) => b.day.localeCompare(a.day) || b.createdAt - a.createdAt);
}

/** One item, only for the pupil it belongs to (undefined for anyone else). */
export async function getPortfolioItem(
  pupilId: string,
  itemId: string,
): Promise<PortfolioItemRow | undefined> {
  const item = await db.portfolioItems.get(itemId);
  return item && item.pupilId === pupilId && item.deletedAt === undefined ? item : undefined;
}

export async function createPortfolioItem(
  pupilId: string,
  day: string,
  share: Share = 'parents',
): Promise<PortfolioItemRow> {
  const now = Date.now();
  const row: PortfolioItemRow = {
    id: crypto.randomUUID(),
    pupilId,
    day,
    title: '',
    note: '',
    topic: '',
    proud: false,
    share,
    createdAt: now,
    updatedAt: now,
  };
  await db.portfolioItems.add(row);
  return row;
}

export async function updatePortfolioItem(
  pupilId: string,
  itemId: string,
  edit: PortfolioEdit,
): Promise<void> {
  refuseLongText(TEXT_LIMITS.short, edit.title, edit.topic);
  refuseLongText(TEXT_LIMITS.long, edit.note);
  await db.transaction('rw', db.portfolioItems, async () => {
    const item = await ownItem(pupilId, itemId);
    const next = { ...item, ...edit, updatedAt: Date.now() };
    // "Iets moeilijkers / een ander kind helpen" belongs to "al" only.
    if (next.level !== 'can') delete next.levelNext;
    await db.portfolioItems.put(next);
  });
}

/** Puts a new photo on the item (or removes it with null); the old photo's bytes go. */
export async function setPortfolioPhoto(
  pupilId: string,
  itemId: string,
  image: StillImage | null,
): Promise<string | undefined> {
  return db.transaction('rw', db.portfolioItems, db.media, db.mediaChunks, async () => {
    const item = await ownItem(pupilId, itemId);
    const photoMediaId = image ? await storeImage(pupilId, 'photo', image) : undefined;
    if (item.photoMediaId) await deleteMedia(item.photoMediaId);
    await db.portfolioItems.put({ ...item, photoMediaId, updatedAt: Date.now() });
    return photoMediaId;
  });
}

/** Throws an item away, undoable for UNDO_MS; what was thrown away before that is purged. */
export async function deletePortfolioItem(pupilId: string, itemId: string): Promise<void> {
  await db.transaction('rw', db.portfolioItems, async () => {
    const item = await ownItem(pupilId, itemId);
    await db.portfolioItems.put({ ...item, deletedAt: Date.now() });
  });
  await purgeThrownAway(pupilId);
}

/**
 * Purges, photo and all, the pupil's items thrown away longer ago than the undo time. Run when
 * an item is thrown away and when the pupil's session starts, never inside a read.
 */
export async function purgeThrownAway(pupilId: string, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.portfolioItems, db.media, db.mediaChunks, async () => {
    const rows = await db.portfolioItems.where('pupilId').equals(pupilId).toArray();
    const stale = rows.filter(
      (row) => row.deletedAt !== undefined && now - row.deletedAt > UNDO_MS,
    );
    for (const row of stale) {
      if (row.photoMediaId) await deleteMedia(row.photoMediaId);
      await db.portfolioItems.delete(row.id);
    }
    return stale.length;
  });
}

export async function undoDeletePortfolioItem(pupilId: string, itemId: string): Promise<void> {
  await db.transaction('rw', db.portfolioItems, async () => {
    const item = await db.portfolioItems.get(itemId);
    if (!item || item.pupilId !== pupilId) return;
    delete item.deletedAt;
    await db.portfolioItems.put(item);
  });
}

/** Every pupil's items from `day` on, for the class overview: one read for the whole class. */
export async function portfolioSince(day: string): Promise<PortfolioItemRow[]> {
  const rows = await db.portfolioItems.where('day').aboveOrEqual(day).toArray();
  return rows.filter((row) => row.deletedAt === undefined);
}
