/** What in the seeded database the app would refuse: the seed's own check. */
import { checkRow, db, referencesOf, TABLE_NAMES } from '../db';

/**
 * What in the database the app would refuse: every row of every table through the registry's
 * row checks (src/db/checks.ts), and every reference between rows resolved. Empty when all is well.
 */
export async function misfits(): Promise<string[]> {
  const problems: string[] = [];
  const keys = new Map<string, Set<unknown>>();
  const rowsOf = new Map<string, Record<string, unknown>[]>();
  for (const name of TABLE_NAMES) {
    const table = db.table(name);
    const rows = (await table.toArray()) as Record<string, unknown>[];
    rowsOf.set(name, rows);
    const keyPath = table.schema.primKey.keyPath;
    if (typeof keyPath === 'string') keys.set(name, new Set(rows.map((row) => row[keyPath])));
    for (const row of rows) {
      try {
        checkRow(name, row);
      } catch (error) {
        problems.push(`${name}: ${(error as Error).message}`);
      }
    }
  }
  for (const name of TABLE_NAMES)
    for (const { field, table } of referencesOf(name)) {
      const known = keys.get(table);
      if (!known) continue;
      for (const row of rowsOf.get(name) ?? []) {
        const value = row[field];
        if (value !== undefined && value !== null && !known.has(value))
          problems.push(`${name}.${field}: no ${table} ${String(value)}`);
      }
    }
  return problems;
}
