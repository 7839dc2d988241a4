/**
 * Writes a backup as a stream: data.json, then every thumbnail and photo or recording as its own
 * entry, then the manifest with the SHA-256 of each. Only one media entry is in memory at a
 * time (to hash and, with a passphrase, encrypt it); client-zip stores entries as they come.
 */
import { makeZip } from 'client-zip';
import { mediaBytes, readSnapshot, schemaVersion, type Scope, type TableRows } from '../../db';
import { encrypt, newBackupKey } from './backup-crypto';
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

/** The backup as a stream of zip bytes; nothing is written to the database. */
export async function backupStream(options: BackupOptions): Promise<ReadableStream<Uint8Array>> {
  const tables = await readSnapshot(options.scope);
  const { rows, thumbs } = dataRows(tables);
  const media: MediaRef[] = (tables['media'] ?? []).map((row) => ({
    id: row['id'] as string,
    mimeType: row['mimeType'] as string,
  }));
  const encryption = options.passphrase ? await newBackupKey(options.passphrase) : undefined;
  const hashes: Record<string, string> = {};
  let mediaBytesTotal = 0;

  async function stored(name: string, bytes: Uint8Array<ArrayBuffer>) {
    const out = encryption ? await encrypt(encryption.key, bytes) : bytes;
    hashes[name] = await sha256Hex(out);
    return { name, input: out, lastModified: new Date() };
  }

  async function* entries() {
    yield stored('data.json', new TextEncoder().encode(JSON.stringify({ tables: rows })));
    for (const [id, blob] of thumbs)
      yield stored(thumbEntry(id), new Uint8Array(await blob.arrayBuffer()));
    for (const [index, ref] of media.entries()) {
      const blob = await mediaBytes(ref.id, ref.mimeType);
      mediaBytesTotal += blob.size;
      yield stored(mediaEntry(ref.id), new Uint8Array(await blob.arrayBuffer()));
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
    yield {
      name: 'manifest.json',
      input: new TextEncoder().encode(JSON.stringify(manifest, null, 2)),
      lastModified: new Date(),
    };
  }

  return makeZip(entries());
}

/** The whole backup as a Blob (the browser keeps a large one on disk, not in the page). */
export async function backupBlob(options: BackupOptions): Promise<Blob> {
  return new Response(await backupStream(options)).blob();
}
