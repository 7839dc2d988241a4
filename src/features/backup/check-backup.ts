/**
 * Reading a backup file back. Everything is read and checked before anything is written:
 * the zip's directory and entry names, sizes against the budgets, the manifest (ours, not too
 * new), the passphrase, the SHA-256 of every entry, and, after the rows of an older schema are
 * upgraded as the database upgrades its own, the shape of every row (the registry in src/db)
 * and every reference between rows. Only then is there a preview, and only on "import" one
 * transaction writes it (apply-import.ts).
 */
import {
  backedUpTableNames,
  checkRow,
  existingKeys,
  MAX_PUPILS_PER_CLASS,
  Misfit,
  referencesOf,
  REGISTRY,
  schemaVersion,
  upgradeTables,
  type TableName,
  type TableRows,
} from '../../db';
import { BackupError } from './backup-error';
import { backupKey, decrypt, type Bytes } from './backup-crypto';
import {
  BACKUP_FORMAT,
  BUDGETS,
  ENTRY_NAME,
  FORMAT_VERSION,
  isThumbnailRef,
  mediaEntry,
  type Manifest,
} from './format';
import { checkHashes } from './check-hashes';
import { entryBlob, readZipDirectory, type ZipEntry } from './zip-reader';

/** A row's field read as text: the checks have made sure it is one. */
export const keyOf = (row: Record<string, unknown>, field: string) => row[field] as string;

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

/** Every reference names a row in the file or, for a class or round, on this tablet. */
async function checkReferences(tables: TableRows, entries: Map<string, ZipEntry>): Promise<void> {
  const idsOf = new Map<TableName, Set<unknown>>();
  const inFile = (table: TableName) => {
    if (!idsOf.has(table)) idsOf.set(table, new Set((tables[table] ?? []).map((row) => row['id'])));
    return idsOf.get(table)!;
  };
  for (const [table, rows] of Object.entries(tables) as [TableName, TableRows[string]][])
    for (const ref of referencesOf(table)) {
      const known = inFile(ref.table);
      const elsewhere = [
        ...new Set(
          rows.map((row) => row[ref.field]).filter((v) => v !== undefined && !known.has(v)),
        ),
      ];
      if (elsewhere.length === 0) continue;
      // A pupil's rows travel with the pupil; a class or round may be on this tablet already.
      const onDevice =
        REGISTRY[ref.table].scope === 'pupil'
          ? new Set()
          : await existingKeys(ref.table, elsewhere);
      const missing = elsewhere.find((value) => !onDevice.has(JSON.stringify(value)));
      if (missing !== undefined)
        throw new BackupError('badReference', `${table}.${ref.field} ${String(missing)}`);
    }

  // Every media row has its bytes, and every entry of bytes belongs to a media row.
  const mediaIds = inFile('media');
  for (const row of tables['media'] ?? [])
    if (!entries.has(mediaEntry(keyOf(row, 'id'))))
      throw new BackupError('missingEntry', mediaEntry(keyOf(row, 'id')));
  for (const name of entries.keys())
    if (name.startsWith('media/') && !mediaIds.has(name.slice('media/'.length)))
      throw new BackupError('badReference', `${name} has no media row`);
}

/** The file's tables as written: known names, lists of rows, as many as the manifest says. */
function tablesOf(value: unknown, manifest: Manifest): Record<TableName, unknown[]> {
  const tables = (value as { tables?: unknown } | null)?.tables;
  if (!tables || typeof tables !== 'object' || Array.isArray(tables))
    throw new BackupError('notOurs', 'data.json has no tables');
  let total = 0;
  for (const [table, rows] of Object.entries(tables as Record<string, unknown>)) {
    if (!backedUpTableNames().some((name) => name === table))
      throw new BackupError('badRows', `unknown table ${table.slice(0, 40)}`);
    if (!Array.isArray(rows)) throw new BackupError('badRows', `${table} is not a list`);
    total += rows.length;
    if (total > BUDGETS.rows) throw new BackupError('tooManyRows', `${total} rows`);
    if (!Object.hasOwn(manifest.counts, table) || manifest.counts[table] !== rows.length)
      throw new BackupError('badRows', `${table}: ${rows.length} rows, not as the manifest says`);
  }
  return tables as Record<TableName, unknown[]>;
}

/**
 * A media row's thumbnail comes as a reference to its own entry; the row gets it back as a Blob
 * (a slice of the file, or its decrypted bytes) before it is checked like any stored row.
 */
async function withThumbnails(
  rows: unknown[],
  backup: Pick<CheckedBackup, 'file' | 'key' | 'entries'>,
): Promise<unknown[]> {
  return Promise.all(
    rows.map(async (row) => {
      const thumbnail = (row as { thumbnail?: unknown } | null)?.thumbnail;
      if (thumbnail === undefined) return row;
      const entry = isThumbnailRef(thumbnail) ? backup.entries.get(thumbnail.$entry) : undefined;
      if (!entry || !isThumbnailRef(thumbnail))
        throw new BackupError('missingEntry', 'thumbnail of a media row');
      const { type } = thumbnail;
      const bytes = backup.key
        ? new Blob([await entryBytes(backup, entry)], { type })
        : entryBlob(backup.file, entry, type);
      return { ...(row as object), thumbnail: bytes };
    }),
  );
}

/**
 * Every row brought to this app's schema version (by the upgrades the database itself runs),
 * then checked against its table's shape: what is written is what the checks returned.
 */
async function checkRows(
  written: Record<TableName, unknown[]>,
  manifest: Manifest,
  backup: Pick<CheckedBackup, 'file' | 'key' | 'entries'>,
): Promise<TableRows> {
  const upgraded = upgradeTables(written, manifest.schemaVersion, schemaVersion());
  const tables: TableRows = {};
  for (const [table, rows] of Object.entries(upgraded) as [TableName, unknown[]][]) {
    const found = table === 'media' ? await withThumbnails(rows, backup) : rows;
    tables[table] = found.map((row, index) => {
      try {
        return checkRow(table, row);
      } catch (error) {
        if (error instanceof Misfit) throw new BackupError('badRows', `[${index}] ${error.path}`);
        throw error;
      }
    });
  }
  // The same limit the app keeps when a teacher adds pupils.
  const perClass = new Map<string, number>();
  for (const pupil of tables['pupils'] ?? []) {
    const classId = keyOf(pupil, 'classId');
    perClass.set(classId, (perClass.get(classId) ?? 0) + 1);
    if (perClass.get(classId)! > MAX_PUPILS_PER_CLASS)
      throw new BackupError('tooManyRows', `more than ${MAX_PUPILS_PER_CLASS} pupils in a class`);
  }
  return tables;
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

  await checkHashes(file, entries, manifest.entries);

  const written = tablesOf(parseJson(await entryBytes({ file, key }, data), 'data.json'), manifest);
  const tables = await checkRows(written, manifest, { file, key, entries });
  await checkReferences(tables, entries);
  return { file, manifest, tables, entries, key };
}
