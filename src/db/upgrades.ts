/**
 * How rows of one schema version become rows of the next, as pure functions of a row. The
 * database runs them in Dexie's `.upgrade()` (schema.ts), and a backup file made by an older
 * app runs through the very same functions before it is checked (upgradeTables), so last
 * year's backups come back the way last year's tablets were upgraded.
 * An upgrade takes whatever an older version wrote (or a hand-made file holds) and never
 * throws: what still does not fit is refused afterwards by the row checks.
 */
type Row = Record<string, unknown>;
export type RowUpgrade = (row: Row) => Row;

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A text field an older version may have left out. */
const textOr = (value: unknown) => (value === undefined ? '' : value);

/** `{ questionId: text }` as a list of answers; anything that is not such an object stays. */
function parentAnswerList(value: unknown): unknown {
  if (value === undefined) return [];
  if (!isRow(value)) return value;
  return Object.entries(value).map(([questionId, text]) => ({ questionId, text }));
}

/** Row upgrades by the version they lead to, then by table. */
export const UPGRADES: Readonly<Record<number, Readonly<Record<string, RowUpgrade>>>> = {
  // 2026-12-03, version 6: the parents' answers become a list (an object keyed by question id
  // let a stored id pick a built-in key such as "constructor"), and every field the screens
  // read is there: plans and goals get their empty texts, circles their time of writing.
  6: {
    pupilPlans: (row) => ({
      ...row,
      focus: textOr(row['focus']),
      message: textOr(row['message']),
      hearFromPupil: textOr(row['hearFromPupil']),
      hearFromParents: textOr(row['hearFromParents']),
      parentAnswers: parentAnswerList(row['parentAnswers']),
    }),
    goals: (row) => ({ ...row, helpNote: textOr(row['helpNote']) }),
    circles: (row) => ({ ...row, updatedAt: row['updatedAt'] ?? 0 }),
  },
  // 2026-12-03, version 8: every agreements row has the teacher's notes, empty until written.
  8: {
    agreements: (row) => ({ ...row, notes: textOr(row['notes']) }),
  },
};

/** The upgrade of one row of `table` to `version`, or the row itself when it does not change. */
function upgradeRow(version: number, table: string, row: unknown): unknown {
  const steps = UPGRADES[version];
  const upgrade = steps && Object.hasOwn(steps, table) ? steps[table] : undefined;
  return upgrade && isRow(row) ? upgrade(row) : row;
}

/**
 * The rows of a backup written at schema version `from`, brought to version `to` one version at
 * a time, exactly as the database upgrades its own rows.
 */
export function upgradeTables(
  tables: Record<string, unknown[]>,
  from: number,
  to: number,
): Record<string, unknown[]> {
  let result = tables;
  for (let version = from + 1; version <= to; version++)
    result = Object.fromEntries(
      Object.entries(result).map(([table, rows]) => [
        table,
        rows.map((row) => upgradeRow(version, table, row)),
      ]),
    );
  return result;
}
