/** The types of the table registry: what a table is called, and what its entry says. */
import type { Table } from 'dexie';
import type { PraatpapierDb } from './database';
import type { Shape } from './checks';

/* eslint-disable @typescript-eslint/no-explicit-any -- a Table of any row, key and insert type */
/** Every table of the database, by name. */
export type TableName = {
  [K in keyof PraatpapierDb]: PraatpapierDb[K] extends Table<any, any, any> ? K : never;
}[keyof PraatpapierDb];
export type RowOf<T extends TableName> =
  PraatpapierDb[T] extends Table<infer Row, any, any> ? Row : never;
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * device: the tablet's own (the teacher's code), in a backup of everything only;
 * class: the class and what the teacher sets up for it; a tablet keeps its own copy on import;
 * pupil: what belongs to one pupil; on import it replaces this tablet's copy, or sits beside it.
 */
export type TableScope = 'device' | 'class' | 'pupil';

export interface TableSpec<Row> {
  scope: TableScope;
  shape: Shape<Row>;
  /** Fields naming the row this one belongs to: it is erased, and backed up, with that row. */
  belongsTo?: { readonly [F in keyof Row & string]?: TableName };
  /** Fields naming a row this one shows (a photo): it must exist, but is not the owner. */
  uses?: { readonly [F in keyof Row & string]?: TableName };
  /** A rule across fields, after every field fits. */
  rule?: (row: Row) => boolean;
  /** False for the media's bytes: a backup carries them as entries of their own, not as rows. */
  inBackup?: false;
}
