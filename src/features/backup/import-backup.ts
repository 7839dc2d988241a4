/**
 * Reading a backup file back. Everything is read and checked before anything is written:
 * the zip's directory and entry names, sizes against the budgets, the manifest (ours, not too
 * new), the passphrase, the SHA-256 of every entry, the shape of every row and every reference
 * between rows. Only then is there a preview, and only on "import" one transaction writes it.
 */
import { existingKeys, schemaVersion, writeImport, isQuotaError, type TableRows } from '../../db';
import { MAX_NAME_LENGTH, MAX_PUPILS_PER_CLASS } from '../class';
import { BackupError } from './backup-error';
import { backupKey, decrypt, type Bytes } from './backup-crypto';
import {
  BACKUP_FORMAT,
  BUDGETS,
  ENTRY_NAME,
  FORMAT_VERSION,
  isThumbnailRef,
  mediaEntry,
  sha256Hex,
  type Manifest,
} from './format';
import { misfit, ROW_SHAPES } from './row-shapes';
import { entryBlob, readZipDirectory, type ZipEntry } from './zip-reader';

export interface CheckedBackup {
  file: Blob;
  manifest: Manifest;
  tables: TableRows;
  entries: Map<string, ZipEntry>;
  key?: CryptoKey;
}

async function entryBytes(
  backup: Pick<CheckedBackup, 'file' | 'key'>,
  entry: ZipEntry,
): Promise<Bytes> {
  const stored = new Uint8Array(await entryBlob(backup.file, entry).arrayBuffer());
  return backup.key ? decrypt(backup.key, stored) : stored;
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new BackupError('notOurs', `${what} is not JSON`);
  }
}

function checkManifest(value: unknown): Manifest {
  const manifest = value as Partial<Manifest> | null;
  if (!manifest || typeof manifest !== 'object' || manifest.format !== BACKUP_FORMAT)
    throw new BackupError('notOurs', 'format');
  if (typeof manifest.formatVersion !== 'number' || typeof manifest.schemaVersion !== 'number')
    throw new BackupError('notOurs', 'versions');
  // A newer app wrote it: its rows may mean things this app does not know yet.
  if (manifest.formatVersion > FORMAT_VERSION || manifest.schemaVersion > schemaVersion())
    throw new BackupError(
      'tooNew',
      `format ${manifest.formatVersion}, schema ${manifest.schemaVersion}`,
    );
  if (!manifest.entries || typeof manifest.entries !== 'object' || Array.isArray(manifest.entries))
    throw new BackupError('notOurs', 'entries');
  return manifest as Manifest;
}

const keyOf = (row: Record<string, unknown>, field: string) => row[field] as string;

/** Every reference between rows points at a row in the file (or, for a class or round, on this tablet). */
async function checkReferences(tables: TableRows, entries: Map<string, ZipEntry>): Promise<void> {
  const ids = (table: string) => new Set((tables[table] ?? []).map((row) => keyOf(row, 'id')));
  const classIds = ids('classes');
  const roundIds = ids('rounds');
  const pupilIds = ids('pupils');
  const mediaIds = ids('media');
  const missing = (table: string, field: string, known: Set<string>, onDevice?: Set<string>) => {
    for (const row of tables[table] ?? []) {
      const value = row[field];
      if (value === undefined) continue;
      if (!known.has(value as string) && !onDevice?.has(JSON.stringify(value)))
        throw new BackupError('badReference', `${table}.${field} ${String(value)}`);
    }
  };
  const referencedClasses = new Set<string>();
  for (const table of ['pupils', 'rounds', 'ownQuestions', 'hiddenQuestions'])
    for (const row of tables[table] ?? []) referencedClasses.add(keyOf(row, 'classId'));
  const classesOnDevice = await existingKeys('classes', [...referencedClasses]);
  for (const table of ['pupils', 'rounds', 'ownQuestions', 'hiddenQuestions'])
    missing(table, 'classId', classIds, classesOnDevice);

  const referencedRounds = new Set<string>();
  for (const [table, rows] of Object.entries(tables))
    if (table !== 'rounds' && table !== 'media')
      for (const row of rows)
        if (typeof row['roundId'] === 'string') referencedRounds.add(row['roundId']);
  const roundsOnDevice = await existingKeys('rounds', [...referencedRounds]);
  for (const table of Object.keys(tables))
    if (table !== 'rounds' && table !== 'media' && ROW_SHAPES[table]?.['roundId'])
      missing(table, 'roundId', roundIds, roundsOnDevice);

  for (const table of Object.keys(tables))
    if (table !== 'pupils' && ROW_SHAPES[table]?.['pupilId']) missing(table, 'pupilId', pupilIds);
  missing('pupils', 'photoMediaId', mediaIds);
  missing('portfolioItems', 'photoMediaId', mediaIds);
  missing('answers', 'mediaId', mediaIds);
  missing('clips', 'mediaId', mediaIds);

  // Every media row has its bytes, and every entry of bytes belongs to a media row.
  for (const row of tables['media'] ?? []) {
    if (!entries.has(mediaEntry(keyOf(row, 'id'))))
      throw new BackupError('missingEntry', mediaEntry(keyOf(row, 'id')));
    const thumbnail = row['thumbnail'];
    if (thumbnail !== undefined && (!isThumbnailRef(thumbnail) || !entries.has(thumbnail.$entry)))
      throw new BackupError('missingEntry', `thumbnail of ${keyOf(row, 'id')}`);
  }
  for (const name of entries.keys())
    if (name.startsWith('media/') && !mediaIds.has(name.slice('media/'.length)))
      throw new BackupError('badReference', `${name} has no media row`);
}

function checkRows(value: unknown, manifest: Manifest): TableRows {
  const tables = (value as { tables?: unknown } | null)?.tables;
  if (!tables || typeof tables !== 'object' || Array.isArray(tables))
    throw new BackupError('notOurs', 'data.json has no tables');
  let total = 0;
  for (const [table, rows] of Object.entries(tables as Record<string, unknown>)) {
    if (!ROW_SHAPES[table]) throw new BackupError('badRows', `unknown table ${table}`);
    if (!Array.isArray(rows)) throw new BackupError('badRows', `${table} is not a list`);
    total += rows.length;
    if (total > BUDGETS.rows) throw new BackupError('tooManyRows', `${total} rows`);
    if (manifest.counts[table] !== rows.length)
      throw new BackupError(
        'badRows',
        `${table}: ${rows.length} rows, manifest says ${manifest.counts[table]}`,
      );
    for (const [index, row] of rows.entries()) {
      const field = misfit(table, row);
      if (field) throw new BackupError('badRows', `${table}[${index}].${field}`);
    }
  }
  const typed = tables as TableRows;
  // The same limits the app keeps when a teacher types names in.
  const perClass = new Map<string, number>();
  for (const pupil of typed['pupils'] ?? []) {
    if (keyOf(pupil, 'firstName').length > MAX_NAME_LENGTH || !keyOf(pupil, 'firstName').trim())
      throw new BackupError('badRows', `pupil name ${keyOf(pupil, 'id')}`);
    const classId = keyOf(pupil, 'classId');
    perClass.set(classId, (perClass.get(classId) ?? 0) + 1);
    if (perClass.get(classId)! > MAX_PUPILS_PER_CLASS)
      throw new BackupError('tooManyRows', `more than ${MAX_PUPILS_PER_CLASS} pupils in a class`);
  }
  return typed;
}

/**
 * Reads and checks a whole file; throws a BackupError (and has written nothing) when anything
 * is wrong. `passphrase` is needed only when the manifest says the file is encrypted.
 */
export async function checkBackup(file: Blob, passphrase?: string): Promise<CheckedBackup> {
  if (file.size > BUDGETS.fileBytes) throw new BackupError('tooLarge', `${file.size} bytes`);
  const list = await readZipDirectory(file, BUDGETS.entries);
  // Any other zip (photos, a school's export) is told apart first: it is simply not ours.
  if (!list.some((entry) => entry.name === 'manifest.json'))
    throw new BackupError('notOurs', 'no manifest');
  const entries = new Map<string, ZipEntry>();
  for (const entry of list) {
    // No paths outside the file's own folders, no "..", no absolute names, no duplicates.
    if (!ENTRY_NAME.test(entry.name) || entries.has(entry.name))
      throw new BackupError('badEntryName', entry.name.slice(0, 100));
    if (entry.size > BUDGETS.entryBytes) throw new BackupError('tooLarge', entry.name);
    entries.set(entry.name, entry);
  }
  const manifestEntry = entries.get('manifest.json')!;
  if (manifestEntry.size > BUDGETS.manifestBytes) throw new BackupError('tooLarge', 'manifest');
  const manifest = checkManifest(
    parseJson(new Uint8Array(await entryBlob(file, manifestEntry).arrayBuffer()), 'manifest'),
  );
  entries.delete('manifest.json');

  const listed = Object.keys(manifest.entries);
  for (const name of listed) if (!entries.has(name)) throw new BackupError('missingEntry', name);
  for (const name of entries.keys())
    if (!(name in manifest.entries)) throw new BackupError('badEntryName', `${name} not listed`);
  const data = entries.get('data.json');
  if (!data) throw new BackupError('missingEntry', 'data.json');
  if (data.size > BUDGETS.dataBytes) throw new BackupError('tooLarge', 'data.json');

  let key: CryptoKey | undefined;
  if (manifest.encryption) {
    if (!passphrase) throw new BackupError('needsPassphrase');
    key = await backupKey(passphrase, manifest.encryption);
  }

  // Every entry as it is stored, one at a time: a changed or cut-off byte is found here.
  for (const [name, entry] of entries) {
    const hash = await sha256Hex(await entryBlob(file, entry).arrayBuffer());
    if (hash !== manifest.entries[name]) throw new BackupError('badChecksum', name);
  }

  const tables = checkRows(parseJson(await entryBytes({ file, key }, data), 'data.json'), manifest);
  await checkReferences(tables, entries);
  return { file, manifest, tables, entries, key };
}

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

/** Tables that belong to the class: a tablet keeps its own copy of a row it already has. */
const CLASS_LEVEL = ['classes', 'rounds', 'ownQuestions', 'hiddenQuestions', 'teacher'];
const PRIMARY_KEYS: Record<string, string[]> = {
  classes: ['id'],
  rounds: ['id'],
  ownQuestions: ['id'],
  hiddenQuestions: ['classId', 'questionId'],
  teacher: ['id'],
};
/** Rows with their own id that belong to a pupil, and the fields that point at media. */
const OWN_IDS = ['portfolioItems', 'asks', 'goals', 'media'];
const MEDIA_REFS: [string, string][] = [
  ['pupils', 'photoMediaId'],
  ['portfolioItems', 'photoMediaId'],
  ['answers', 'mediaId'],
  ['clips', 'mediaId'],
];

/** On a renamed media row while importing: the id its bytes have in the file. */
const FILE_ID = '$fileId';

/** "Emma (2)": the kept copy of a pupil who is on this tablet already. */
function secondName(name: string): string {
  const suffix = ' (2)';
  return `${name.slice(0, MAX_NAME_LENGTH - suffix.length)}${suffix}`;
}

/** Gives every row of the pupils in `ids` fresh ids, so both copies live side by side. */
function keepBoth(tables: TableRows, ids: Set<string>): TableRows {
  const renamed = new Map<string, string>();
  const fresh = (old: string) => {
    if (!renamed.has(old)) renamed.set(old, crypto.randomUUID());
    return renamed.get(old)!;
  };
  const result: TableRows = {};
  for (const [table, rows] of Object.entries(tables)) {
    result[table] = rows.map((row) => {
      const pupilId = table === 'pupils' ? keyOf(row, 'id') : (row['pupilId'] as string);
      if (!ids.has(pupilId)) return row;
      const copy = { ...row };
      // Its bytes are still found under the file's id.
      if (table === 'media') copy[FILE_ID] = row['id'];
      if (table === 'pupils') {
        copy['id'] = fresh(pupilId);
        copy['firstName'] = secondName(keyOf(row, 'firstName'));
      } else copy['pupilId'] = fresh(pupilId);
      if (OWN_IDS.includes(table)) copy['id'] = fresh(keyOf(row, 'id'));
      return copy;
    });
  }
  for (const [table, field] of MEDIA_REFS)
    for (const row of result[table] ?? [])
      if (typeof row[field] === 'string' && renamed.has(row[field]))
        row[field] = renamed.get(row[field]);
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
  for (const table of CLASS_LEVEL) {
    const rows = tables[table] ?? [];
    const fields = PRIMARY_KEYS[table]!;
    const keys = rows.map((row) =>
      fields.length === 1 ? row[fields[0]!] : fields.map((f) => row[f]),
    );
    const existing = await existingKeys(table, keys);
    tables[table] = rows.filter((_, index) => !existing.has(JSON.stringify(keys[index])));
  }
  // Media bytes: a slice of the file, or its decrypted copy; thumbnails back to Blobs.
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
        : entryBlob(backup.file, entry).slice(0, entry.size, type),
    );
    const thumbnail = row['thumbnail'];
    if (isThumbnailRef(thumbnail)) {
      const thumbEntry = backup.entries.get(thumbnail.$entry)!;
      row['thumbnail'] = new Blob([await entryBytes(backup, thumbEntry)], { type: thumbnail.type });
    }
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
