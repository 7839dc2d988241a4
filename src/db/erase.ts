/**
 * Erasing a pupil touches every table that holds their work, including tables later schema
 * versions add: any table with a `pupilId` index is pupil-scoped, and the chunks of their media
 * go with the media rows. Living here, next to the schema, it cannot miss a table.
 */
import { db } from './database';

export function pupilScopedTables() {
  return db.tables.filter((table) => table.schema.idxByName['pupilId'] !== undefined);
}

export async function erasePupil(pupilId: string): Promise<void> {
  const tables = [db.pupils, db.mediaChunks, ...pupilScopedTables()];
  await db.transaction('rw', tables, async () => {
    const mediaIds = await db.media.where('pupilId').equals(pupilId).primaryKeys();
    await db.mediaChunks.where('mediaId').anyOf(mediaIds).delete();
    for (const table of pupilScopedTables()) {
      await table.where('pupilId').equals(pupilId).delete();
    }
    await db.pupils.delete(pupilId);
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
