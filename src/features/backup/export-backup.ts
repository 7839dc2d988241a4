/**
 * Writes a backup: data.json, then every thumbnail and photo or recording as its own entry, then
 * the manifest with the SHA-256 of each. Each entry is read once, for both its SHA-256 (for the
 * manifest) and its CRC-32 (for the zip); only one media entry is in memory at a time, and a
 * recording goes into the file as a reference to its stored bytes (zip-writer.ts), not a copy.
 */
import { mediaBytes, readSnapshot, schemaVersion, type Scope, type TableRows } from '../../db';
import { encrypt, newBackupKey } from './backup-crypto';
import { crc32 } from './crc32';
import { StoredZip } from './zip-writer';
import {
  BACKUP_FORMAT,
  FORMAT_VERSION,
  mediaEntry,
  sha256Hex,
  thumbEntry,
  type Manifest,
  type ScopeInfo,
} from './format';

interface MediaRef {
  id: string;
  mimeType: string;
}

/** data.json's rows: media thumbnails become references to their own entries. */
function dataRows(tables: TableRows): { rows: TableRows; thumbs: Map<string, Blob> } {
  const thumbs = new Map<string, Blob>();
  const media = (tables['media'] ?? []).map((row) => {
    const thumbnail = row['thumbnail'];
    if (!(thumbnail instanceof Blob)) return row;
    const id = row['id'] as string;
    thumbs.set(id, thumbnail);
    return { ...row, thumbnail: { $entry: thumbEntry(id), type: thumbnail.type } };
  });
  return { rows: { ...tables, media }, thumbs };
}

export interface BackupOptions {
  scope: Scope;
  scopeInfo: ScopeInfo;
  passphrase?: string;
  /** Called after each media entry, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** The whole backup as a Blob (the browser keeps a large one on disk, not in the page). */
export async function backupBlob(options: BackupOptions): Promise<Blob> {
  const tables = await readSnapshot(options.scope);
  const { rows, thumbs } = dataRows(tables);
  const media: MediaRef[] = (tables['media'] ?? []).map((row) => ({
    id: row['id'] as string,
    mimeType: row['mimeType'] as string,
  }));
  const encryption = options.passphrase ? await newBackupKey(options.passphrase) : undefined;
  const hashes: Record<string, string> = {};
  const zip = new StoredZip();
  const modified = new Date();
  let mediaBytesTotal = 0;

  /**
   * Adds an entry whose bytes are `blob`, read once here. An encrypted entry's bytes are new:
   * they go into a Blob at once, so the page does not hold them until the file is finished.
   */
  async function add(name: string, blob: Blob) {
    const plain = new Uint8Array(await blob.arrayBuffer());
    const stored = encryption ? await encrypt(encryption.key, plain) : plain;
    hashes[name] = await sha256Hex(stored);
    zip.add({ name, bytes: encryption ? new Blob([stored]) : blob, crc: crc32(stored), modified });
  }

  await add('data.json', new Blob([JSON.stringify({ tables: rows })]));
  for (const [id, blob] of thumbs) await add(thumbEntry(id), blob);
  for (const [index, ref] of media.entries()) {
    const blob = await mediaBytes(ref.id, ref.mimeType);
    mediaBytesTotal += blob.size;
    await add(mediaEntry(ref.id), blob);
    options.onProgress?.(index + 1, media.length);
  }
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    formatVersion: FORMAT_VERSION,
    app: `Praatpapier ${__APP_VERSION__}`,
    schemaVersion: schemaVersion(),
    created: new Date().toISOString(),
    scope: options.scopeInfo,
    counts: Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, list.length])),
    media: { count: media.length, bytes: mediaBytesTotal },
    entries: hashes,
    ...(encryption ? { encryption: encryption.info } : {}),
  };
  const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest, null, 2));
  zip.add({
    name: 'manifest.json',
    bytes: new Blob([manifestBytes]),
    crc: crc32(manifestBytes),
    modified,
  });
  return zip.finish();
}
