/**
 * Erasing a pupil, a round, a class or recordings: the rows themselves and every row that
 * belongs to them (belonging.ts, from the registry), in one transaction, so an interrupted
 * erase leaves nothing half gone. Loaded when first used (erase.ts). A row that only shows an erased photo or recording (a
 * portfolio item, a spoken answer, the kept video) stays, without the reference.
 */
import type { IndexableType, Table } from 'dexie';
import { db } from './database';
import { keysBelongingTo, rowsNaming, usingTables } from './belonging';
import type { TableName } from './registry';

/** Erases `keys` of `table` and all that belongs to them, in the caller's transaction. */
async function eraseRows(table: TableName, keys: readonly IndexableType[]): Promise<void> {
  const doomed = await keysBelongingTo(table, keys);
  const media = (doomed.get('media') ?? []) as string[];
  if (media.length > 0) await forgetMedia(media);
  for (const [name, found] of doomed) await deleteInRuns(db.table(name), found);
}

/**
 * Deletes `keys` of `table` with as few deletes as it takes: each run of them that is next to
 * each other in key order, with no kept row between, is one range delete. Chromium pays for
 * every delete (most for a row holding a Blob: about 4 ms a chunk of bytes), so replacing a
 * class's 330 chunks of recordings one key at a time took 1.4 s and one range takes 0.16 s.
 */
async function deleteInRuns(table: Table, keys: readonly IndexableType[]): Promise<void> {
  if (keys.length === 0) return;
  const doomed = new Set(keys.map((key) => JSON.stringify(key)));
  const runs: [IndexableType, IndexableType][] = [];
  let run: [IndexableType, IndexableType] | undefined;
  // Keys only, in key order: no row (and no Blob) is read.
  for (const key of await table.toCollection().primaryKeys()) {
    if (!doomed.has(JSON.stringify(key))) run = undefined;
    else if (run) run[1] = key;
    else runs.push((run = [key, key]));
  }
  for (const [first, last] of runs)
    await table.where(':id').between(first, last, true, true).delete();
}

/** Takes the erased media off every row that shows them. */
async function forgetMedia(mediaIds: string[]): Promise<void> {
  const rows = await db.media.bulkGet(mediaIds);
  const pupilIds = [...new Set(rows.flatMap((row) => (row?.pupilId ? [row.pupilId] : [])))];
  const gone = new Set<unknown>(mediaIds);
  for (const { table, field } of usingTables('media')) {
    // Only the pupils who made the media can show it: read their rows, not the whole table.
    const byPupil = table === 'pupils' ? 'id' : 'pupilId';
    await rowsNaming(db.table(table), byPupil, pupilIds)
      .filter((row: Record<string, unknown>) => gone.has(row[field]))
      .modify((row: Record<string, unknown>) => {
        delete row[field];
      });
  }
}

const everywhere = () => db.tables;

export function erasePupil(pupilId: string): Promise<void> {
  return db.transaction('rw', everywhere(), async () => eraseRows('pupils', [pupilId]));
}

/**
 * Pupils' rows and their media, all in one walk of the registry (one query per table, not one
 * per pupil); the caller holds a transaction over every table.
 */
export const erasePupilRows = (pupilIds: readonly string[]) =>
  pupilIds.length > 0 ? eraseRows('pupils', pupilIds) : Promise.resolve();

/**
 * A round and everything made for it: plans, ratings, answers, circles, goals, agreements, and
 * its recordings (the ice-breaker takes and spoken answers, chunks included). Portfolio items
 * stay: they are the pupil's, not the round's.
 */
export function eraseRound(roundId: string): Promise<void> {
  return db.transaction('rw', everywhere(), async () => eraseRows('rounds', [roundId]));
}

/** A class with its pupils (all their work), rounds and questions. */
export function eraseClass(classId: string): Promise<void> {
  return db.transaction('rw', everywhere(), async () => eraseRows('classes', [classId]));
}

/**
 * Photos or recordings, bytes and all, and the references to them, in one transaction: the
 * teacher's "delete recordings", a retaken video, a replaced photo.
 */
export function eraseMedia(mediaIds: readonly string[]): Promise<void> {
  return db.transaction('rw', everywhere(), async () => eraseRows('media', mediaIds));
}

/** Every video and spoken answer of a pupil, in one transaction. */
export function eraseRecordingsOf(pupilId: string): Promise<void> {
  return db.transaction('rw', everywhere(), async () => {
    const recordings = await db.media
      .where('pupilId')
      .equals(pupilId)
      .filter((row) => row.kind === 'video' || row.kind === 'audio')
      .primaryKeys();
    await eraseRows('media', recordings);
  });
}
