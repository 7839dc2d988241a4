/**
 * Bringing a checked backup in: what it would add (the preview), and the one transaction that
 * writes it. Classes, rounds and questions this tablet has already are kept as they are here; a
 * pupil who is here already is replaced, or kept next to the file's copy as "Name (2)".
 */
import {
  existingKeys,
  hasOwnId,
  isQuotaError,
  primaryKeyOf,
  referencesOf,
  REGISTRY,
  writeImport,
  type TableName,
  type TableRows,
} from '../../db';
import { MAX_NAME_LENGTH } from '../class';
import { BackupError } from './backup-error';
import { entryBytes, keyOf, type CheckedBackup } from './check-backup';
import { mediaEntry } from './format';
import { entryBlob } from './zip-reader';

export interface ImportPreview {
  created: string;
  encrypted: boolean;
  classes: { name: string; isNew: boolean }[];
  pupils: number;
  /** Names of the pupils that are on this tablet already. */
  existingPupils: string[];
  rounds: number;
  portfolioItems: number;
  photos: number;
  recordings: number;
  mediaBytes: number;
}

export async function previewImport(backup: CheckedBackup): Promise<ImportPreview> {
  const rows = (table: string) => backup.tables[table] ?? [];
  const classes = rows('classes');
  const pupils = rows('pupils');
  const [classesHere, pupilsHere] = await Promise.all([
    existingKeys(
      'classes',
      classes.map((row) => row['id']),
    ),
    existingKeys(
      'pupils',
      pupils.map((row) => row['id']),
    ),
  ]);
  const media = rows('media');
  return {
    created: backup.manifest.created,
    encrypted: Boolean(backup.key),
    classes: classes.map((row) => ({
      name: keyOf(row, 'name'),
      isNew: !classesHere.has(JSON.stringify(row['id'])),
    })),
    pupils: pupils.length,
    existingPupils: pupils
      .filter((row) => pupilsHere.has(JSON.stringify(row['id'])))
      .map((row) => keyOf(row, 'firstName')),
    rounds: rows('rounds').length,
    portfolioItems: rows('portfolioItems').length,
    photos: media.filter((row) => row['kind'] === 'photo' || row['kind'] === 'portrait').length,
    recordings: media.filter((row) => row['kind'] === 'video' || row['kind'] === 'audio').length,
    mediaBytes: media.reduce((sum, row) => sum + (row['bytes'] as number), 0),
  };
}

/** What to do with a pupil who is on this tablet already. */
export type SamePupil = 'replace' | 'keepBoth';

/** On a renamed media row while importing: the id its bytes have in the file. */
const FILE_ID = '$fileId';

/** "Emma (2)": the kept copy of a pupil who is on this tablet already. */
function secondName(name: string): string {
  const suffix = ' (2)';
  return `${name.slice(0, MAX_NAME_LENGTH - suffix.length)}${suffix}`;
}

/** A file's tables with their names typed (the checks made sure every name is a table). */
const tableEntries = (tables: TableRows) =>
  Object.entries(tables) as [TableName, TableRows[string]][];

/** Gives every row of the pupils in `ids` fresh ids, so both copies live side by side. */
function keepBoth(tables: TableRows, ids: Set<string>): TableRows {
  const ofThem = (table: TableName, row: Record<string, unknown>) =>
    ids.has((table === 'pupils' ? row['id'] : row['pupilId']) as string);
  // Every id of their rows gets a fresh one, and every reference to it follows.
  const fresh = new Map<unknown, string>();
  for (const [table, rows] of tableEntries(tables))
    if (hasOwnId(table))
      for (const row of rows) if (ofThem(table, row)) fresh.set(row['id'], crypto.randomUUID());
  const result: TableRows = {};
  for (const [table, rows] of tableEntries(tables)) {
    const fields = ['id', ...referencesOf(table).map((ref) => ref.field)];
    result[table] = rows.map((row) => {
      if (!ofThem(table, row)) return row;
      const copy = { ...row };
      // Its bytes are still found under the file's id.
      if (table === 'media') copy[FILE_ID] = row['id'];
      if (table === 'pupils') copy['firstName'] = secondName(keyOf(row, 'firstName'));
      for (const field of fields) if (fresh.has(row[field])) copy[field] = fresh.get(row[field]);
      return copy;
    });
  }
  return result;
}

/**
 * Writes a checked backup in one transaction. Classes, rounds and questions this tablet has
 * already are kept as they are here; a pupil who is here already is replaced by the file's, or
 * kept next to it as "Name (2)". Returns the classes that are new on this tablet.
 */
export async function applyImport(
  backup: CheckedBackup,
  samePupil: SamePupil,
): Promise<{ newClassIds: string[] }> {
  const pupilIds = (backup.tables['pupils'] ?? []).map((row) => row['id']);
  const here = await existingKeys('pupils', pupilIds);
  const conflicting = new Set(
    pupilIds.filter((id) => here.has(JSON.stringify(id))).map((id) => id as string),
  );
  const tables =
    samePupil === 'keepBoth' ? keepBoth(backup.tables, conflicting) : { ...backup.tables };
  // The class, its rounds and questions, and the teacher's code: this tablet keeps its own.
  for (const [table, rows] of tableEntries(tables)) {
    if (REGISTRY[table].scope === 'pupil') continue;
    const keys = rows.map((row) => primaryKeyOf(table, row));
    const existing = await existingKeys(table, keys);
    tables[table] = rows.filter((_, index) => !existing.has(JSON.stringify(keys[index])));
  }
  // Media bytes: a slice of the file, or its decrypted copy (thumbnails are Blobs already).
  const media = new Map<string, Blob>();
  tables['media'] = (tables['media'] ?? []).map((row) => ({ ...row }));
  for (const row of tables['media']) {
    const fileId = (row[FILE_ID] as string | undefined) ?? keyOf(row, 'id');
    delete row[FILE_ID];
    const entry = backup.entries.get(mediaEntry(fileId))!;
    const type = keyOf(row, 'mimeType');
    media.set(
      keyOf(row, 'id'),
      backup.key
        ? new Blob([await entryBytes(backup, entry)], { type })
        : entryBlob(backup.file, entry, type),
    );
  }
  const newClassIds = (tables['classes'] ?? []).map((row) => keyOf(row, 'id'));
  try {
    await writeImport({
      replacePupils: samePupil === 'replace' ? [...conflicting] : [],
      tables,
      media,
    });
  } catch (error) {
    if (isQuotaError(error)) throw new BackupError('noSpace');
    throw error;
  }
  return { newClassIds };
}
