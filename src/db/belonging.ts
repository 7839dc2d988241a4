/**
 * Which rows belong to which, read from the registry's `belongsTo`: a class holds its pupils,
 * rounds and questions; a pupil their work and media; a round what was made for it; a media row
 * its chunks of bytes. Erasing and backups both walk these links, so a table added later is
 * erased and backed up with its owner as soon as its registry entry names the owner.
 */
import type { IndexableType, Table } from 'dexie';
import { db } from './database';
import { referencesOf, TABLE_NAMES, type TableName } from './registry';

type Key = IndexableType;

/** Tables whose rows name a row of `owner` as theirs, and the field that names it. */
export function ownedTables(owner: TableName): { table: TableName; field: string }[] {
  return TABLE_NAMES.flatMap((table) =>
    referencesOf(table)
      .filter((ref) => ref.owner && ref.table === owner)
      .map((ref) => ({ table, field: ref.field })),
  );
}

/** Tables that show a row of `table` without owning it (a portrait, an answer's recording). */
export function usingTables(table: TableName): { table: TableName; field: string }[] {
  return TABLE_NAMES.flatMap((user) =>
    referencesOf(user)
      .filter((ref) => !ref.owner && ref.table === table)
      .map((ref) => ({ table: user, field: ref.field })),
  );
}

/** The rows of `table` whose `field` is one of `values`: by its index, or by a scan without one. */
export function rowsNaming(table: Table, field: string, values: readonly Key[]) {
  if (table.schema.idxByName[field] || table.schema.primKey.keyPath === field)
    return table.where(field).anyOf([...values]);
  const wanted = new Set(values);
  return table.filter((row: Record<string, Key>) => wanted.has(row[field]!));
}

/**
 * The primary keys of `keys` of `table` and of every row that belongs to them, directly or
 * through others, per table. Rows are never loaded just to be listed (chunks stay unread).
 */
export async function keysBelongingTo(
  table: TableName,
  keys: readonly Key[],
): Promise<Map<TableName, Key[]>> {
  const found = new Map<TableName, Map<string, Key>>();
  async function visit(name: TableName, start: readonly Key[]) {
    const seen = found.get(name) ?? new Map<string, Key>();
    found.set(name, seen);
    const fresh = start.filter((item) => !seen.has(JSON.stringify(item)));
    for (const item of fresh) seen.set(JSON.stringify(item), item);
    if (fresh.length === 0) return;
    for (const owned of ownedTables(name))
      await visit(
        owned.table,
        await rowsNaming(db.table(owned.table), owned.field, fresh).primaryKeys(),
      );
  }
  await visit(table, keys);
  return new Map([...found].map(([name, seen]) => [name, [...seen.values()]]));
}
