/**
 * Whole-database reads and writes for backups: every table, so a table added by a later schema
 * version is in every backup without anyone remembering it. Like erase.ts, this is the one place
 * that writes across all tables; features go through it, never around it.
 */
import type { Table } from 'dexie';
import { db } from './database';
import { erasePupilRows, pupilScopedTables } from './erase';

/** Rows by table name, as stored (media thumbnails are Blobs). Chunks are never listed here. */
export type TableRows = Record<string, Record<string, unknown>[]>;

export type Scope =
  { kind: 'all' } | { kind: 'class'; classId: string } | { kind: 'pupil'; pupilId: string };

/** Tables that belong to a class rather than to a pupil, and how they name their class. */
const CLASS_TABLES = {
  classes: 'id',
  rounds: 'classId',
  ownQuestions: 'classId',
  hiddenQuestions: 'classId',
};

export const backedUpTables = () => db.tables.filter((table) => table.name !== 'mediaChunks');

async function rowsWhere(table: Table, index: string, values: string[]) {
  return (await table.where(index).anyOf(values).toArray()) as Record<string, unknown>[];
}

/**
 * Everything in a scope: a class brings its pupils, rounds and questions; a pupil brings their
 * class and its rounds too, so every reference in the file can be resolved on another tablet.
 * The teacher's code only travels with "everything".
 */
export async function readSnapshot(scope: Scope): Promise<TableRows> {
  return db.transaction('r', backedUpTables(), async () => {
    const result: TableRows = {};
    if (scope.kind === 'all') {
      for (const table of backedUpTables())
        result[table.name] = (await table.toArray()) as Record<string, unknown>[];
      return result;
    }
    const pupils =
      scope.kind === 'class'
        ? await rowsWhere(db.pupils, 'classId', [scope.classId])
        : await rowsWhere(db.pupils, 'id', [scope.pupilId]);
    const classId = scope.kind === 'class' ? scope.classId : (pupils[0]?.['classId'] as string);
    const pupilIds = pupils.map((pupil) => pupil['id'] as string);
    result['pupils'] = pupils;
    for (const [name, index] of Object.entries(CLASS_TABLES))
      result[name] = classId ? await rowsWhere(db.table(name), index, [classId]) : [];
    for (const table of pupilScopedTables())
      result[table.name] = await rowsWhere(table, 'pupilId', pupilIds);
    return result;
  });
}

/** The bytes of one photo or recording, its chunks joined in order (a Blob, not a copy). */
export async function mediaBytes(mediaId: string, type: string): Promise<Blob> {
  const chunks = await db.mediaChunks
    .where('[mediaId+seq]')
    .between([mediaId, -Infinity], [mediaId, Infinity])
    .toArray();
  return new Blob(
    chunks.map((chunk) => chunk.blob),
    { type },
  );
}

/** Which of `keys` already exist in a table (by primary key). */
export async function existingKeys(
  tableName: string,
  keys: readonly unknown[],
): Promise<Set<string>> {
  const table = db.table(tableName);
  const found = await table.bulkGet(keys as never[]);
  return new Set(
    keys.filter((_, index) => found[index] !== undefined).map((key) => JSON.stringify(key)),
  );
}

export interface ImportWrite {
  /** Pupils whose rows on this device are replaced by the file's: erased first. */
  replacePupils: string[];
  /** Rows to put, per table, already checked and given their final ids. */
  tables: TableRows;
  /** The bytes of each media row, stored as one chunk. */
  media: Map<string, Blob>;
}

/** Writes an import in one transaction: it all lands, or (on any error) nothing does. */
export async function writeImport(write: ImportWrite): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const pupilId of write.replacePupils) await erasePupilRows(pupilId);
    for (const [name, rows] of Object.entries(write.tables))
      if (rows.length > 0) await db.table(name).bulkPut(rows);
    for (const [mediaId, blob] of write.media) await db.mediaChunks.put({ mediaId, seq: 0, blob });
  });
}

/** The schema version this app writes and can read. */
export const schemaVersion = () => db.verno;
