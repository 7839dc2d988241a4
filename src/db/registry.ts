/**
 * What every table holds, in one place: its scope, the rows it belongs to and the rows it uses,
 * and the shape of its rows, typed against the row interface (a field the app reads that the
 * shape does not check is a compile error). Erasing, backups (snapshot, checks, references,
 * imports) are derived from this registry and from Dexie's schema (primary keys, indexes);
 * nothing about a table is written anywhere else. A test fails when a table has no entry.
 */
import { Misfit, record } from './checks';
import { CLASS_TABLES } from './tables-of-class';
import { PUPIL_TABLES } from './tables-of-pupil';
import type { RowOf, TableName, TableSpec } from './table-spec';

export type { TableName, TableScope, TableSpec } from './table-spec';

/** Every table's entry (tables-of-class.ts, tables-of-pupil.ts); a missing one does not compile. */
export const REGISTRY: { readonly [T in TableName]: TableSpec<RowOf<T>> } = {
  ...CLASS_TABLES,
  ...PUPIL_TABLES,
};

export const TABLE_NAMES = Object.keys(REGISTRY) as TableName[];

function tableSpec(name: TableName): TableSpec<Record<string, unknown>> {
  return REGISTRY[name] as unknown as TableSpec<Record<string, unknown>>;
}

/** Every reference a table's rows make: the field, the table it names, and whether it owns. */
export function referencesOf(
  name: TableName,
): { field: string; table: TableName; owner: boolean }[] {
  const spec = tableSpec(name);
  const pairs = (refs: object | undefined, owner: boolean) =>
    Object.entries(refs ?? {}).map(([field, table]) => ({
      field,
      table: table as TableName,
      owner,
    }));
  return [...pairs(spec.belongsTo, true), ...pairs(spec.uses, false)];
}

const rowChecks = new Map<TableName, ReturnType<typeof record<Record<string, unknown>>>>();

/**
 * A row of `table` as the app reads it: a fresh copy with only the fields of its shape. Throws a
 * Misfit naming the first field that does not fit.
 */
export function checkRow(table: TableName, row: unknown): Record<string, unknown> {
  const spec = tableSpec(table);
  let rowCheck = rowChecks.get(table);
  if (!rowCheck) rowChecks.set(table, (rowCheck = record(spec.shape)));
  const checked = rowCheck.parse(row, table);
  if (spec.rule && !spec.rule(checked)) throw new Misfit(`${table} (fields disagree)`);
  return checked;
}
