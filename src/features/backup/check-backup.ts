/**
 * Reading a backup file back. Everything is read and checked before anything is written:
 * the zip's directory and entry names, sizes against the budgets, the manifest (ours, not too
 * new), the passphrase, the SHA-256 of every entry, the shape of every row and every reference
 * between rows. Only then is there a preview, and only on "import" one transaction writes it
 * (apply-import.ts).
 */
import { existingKeys, schemaVersion, type TableRows } from '../../db';
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
import { keyOf, misfit, ROW_SHAPES } from './row-shapes';
import { entryBlob, readZipDirectory, type ZipEntry } from './zip-reader';

export interface CheckedBackup {
  file: Blob;
  manifest: Manifest;
  tables: TableRows;
  entries: Map<string, ZipEntry>;
  key?: CryptoKey;
}

export async function entryBytes(
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
