/**
 * Whole-database reads and writes for backups: which rows a scope holds comes from the registry
 * (belonging.ts), so a table added by a later schema version is in every backup as soon as its
 * registry entry says whom it belongs to. Like erase.ts, this is the one place that writes
 * across all tables; features go through it, never around it.
 */
import type { IndexableType } from 'dexie';
import { db } from './database';
import { erasePupilRows } from './erasing';
import { keysBelongingTo, ownedTables } from './belonging';
import { REGISTRY, TABLE_NAMES, type TableName } from './registry';

/** Rows by table name, as stored (media thumbnails are Blobs). Chunks are never listed here. */
export type TableRows = Record<string, Record<string, unknown>[]>;

export type Scope =
  { kind: 'all' } | { kind: 'class'; classId: string } | { kind: 'pupil'; pupilId: string };

/** Tables whose rows travel in a backup (the media's bytes go as entries of their own). */
export const backedUpTableNames = () =>
  TABLE_NAMES.filter((name) => REGISTRY[name].inBackup !== false);
/** The keys of everything in a scope but "all", per table. */
async function scopeKeys(scope: Exclude<Scope, { kind: 'all' }>) {
  if (scope.kind === 'class') return keysBelongingTo('classes', [scope.classId]);
  const keys = await keysBelongingTo('pupils', [scope.pupilId]);
  const classId = (await db.pupils.get(scope.pupilId))?.classId;
  if (!classId) return keys;
  // The pupil's class and what the teacher set up for it, without the other pupils.
  keys.set('classes', [classId]);
  for (const { table, field } of ownedTables('classes'))
    if (REGISTRY[table].scope === 'class')
      keys.set(table, await db.table(table).where(field).equals(classId).primaryKeys());
  return keys;
}

/**
 * Everything in a scope: a class brings its pupils, rounds and questions; a pupil brings their
 * class and its rounds too, so every reference in the file can be resolved on another tablet.
 * The teacher's code only travels with "everything".
 */
export async function readSnapshot(scope: Scope): Promise<TableRows> {
  // Every table, chunks included: finding what belongs to a scope reads their keys.
  return db.transaction('r', db.tables, async () => {
    const result: TableRows = {};
    const keys = scope.kind === 'all' ? undefined : await scopeKeys(scope);
    for (const name of backedUpTableNames()) {
      const table = db.table(name);
      const wanted: IndexableType[] | undefined = keys ? (keys.get(name) ?? []) : undefined;
      const rows = wanted ? (await table.bulkGet(wanted)).filter(Boolean) : await table.toArray();
      result[name] = rows as Record<string, unknown>[];
    }
    return result;
  });
}

/** The primary key of a row of `table`, as Dexie's schema defines it (one field or several). */
export function primaryKeyOf(table: TableName, row: Record<string, unknown>): unknown {
  const path = db.table(table).schema.primKey.keyPath;
  return Array.isArray(path) ? path.map((field) => row[field]) : row[path as string];
}

/** Rows of `table` carry an id of their own (not made of the ids of the rows they belong to). */
export const hasOwnId = (table: TableName) => db.table(table).schema.primKey.keyPath === 'id';

/** Which of `keys` already exist in a table (by primary key). */
export async function existingKeys(
  tableName: TableName,
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
    await erasePupilRows(write.replacePupils);
    for (const [name, rows] of Object.entries(write.tables))
      if (rows.length > 0) await db.table(name).bulkPut(rows);
    await db.mediaChunks.bulkPut(
      [...write.media].map(([mediaId, blob]) => ({ mediaId, seq: 0, blob })),
    );
  });
}

/** The schema version this app writes and can read. */
export const schemaVersion = () => db.verno;
