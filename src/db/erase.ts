/**
 * Erasing a pupil touches every table that holds their work, including tables later schema
 * versions add: any table with a `pupilId` index is pupil-scoped, and the chunks of their media
 * go with the media rows; rounds and classes likewise by their `roundId` and `classId`. Living
 * here, next to the schema, it cannot miss a table.
 */
import { db } from './database';

export function pupilScopedTables() {
  return db.tables.filter((table) => table.schema.idxByName['pupilId'] !== undefined);
}

export async function erasePupil(pupilId: string): Promise<void> {
  const tables = [db.pupils, db.mediaChunks, ...pupilScopedTables()];
  await db.transaction('rw', tables, () => erasePupilRows(pupilId));
}

/** A pupil's rows and their media's chunks; the caller holds a transaction over those tables. */
export async function erasePupilRows(pupilId: string): Promise<void> {
  const mediaIds = await db.media.where('pupilId').equals(pupilId).primaryKeys();
  await db.mediaChunks.where('mediaId').anyOf(mediaIds).delete();
  for (const table of pupilScopedTables()) await table.where('pupilId').equals(pupilId).delete();
  await db.pupils.delete(pupilId);
}

const roundScopedTables = () =>
  db.tables.filter((table) => table.schema.idxByName['roundId'] !== undefined);

/**
 * A round and everything made for it: plans, ratings, answers, circles, goals, agreements, and
 * its recordings (the ice-breaker takes and spoken answers, chunks included). Portfolio items
 * stay: they are the pupil's, not the round's.
 */
export async function eraseRound(roundId: string): Promise<void> {
  await db.transaction('rw', db.tables, () => eraseRoundRows(roundId));
}

async function eraseRoundRows(roundId: string): Promise<void> {
  const round = await db.rounds.get(roundId);
  if (!round) return;
  const pupilIds = await db.pupils.where('classId').equals(round.classId).primaryKeys();
  const mediaIds = await db.media
    .where('pupilId')
    .anyOf(pupilIds)
    .filter((row) => row.roundId === roundId)
    .primaryKeys();
  await db.mediaChunks.where('mediaId').anyOf(mediaIds).delete();
  await db.media.bulkDelete(mediaIds);
  for (const table of roundScopedTables()) await table.where('roundId').equals(roundId).delete();
  await db.rounds.delete(roundId);
}

/** A class with its pupils (all their work), rounds and questions. */
export async function eraseClass(classId: string): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const roundId of await db.rounds.where('classId').equals(classId).primaryKeys())
      await eraseRoundRows(roundId);
    for (const pupilId of await db.pupils.where('classId').equals(classId).primaryKeys())
      await erasePupilRows(pupilId);
    await db.ownQuestions.where('classId').equals(classId).delete();
    await db.hiddenQuestions.where('classId').equals(classId).delete();
    await db.classes.delete(classId);
  });
}

/**
 * Deletes the whole database (forgotten teacher code, end of the school year). The connection
 * is closed first, or deleteDatabase would wait for it forever.
 */
export async function eraseEverything(): Promise<void> {
  db.close();
  await db.delete();
}
