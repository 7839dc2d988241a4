/**
 * The .praatpapier file: a zip whose entries are all stored, never compressed.
 *   manifest.json  what the file is (format and schema version, when, what scope, counts) and
 *                  the SHA-256 of every other entry; when encrypted, how the key is made
 *   data.json      every row, per table
 *   media/<id>     the bytes of each photo and recording, one entry each
 *   thumbs/<id>    the small thumbnail of a media row
 * Stored entries make a file that streams out without holding it in memory, and a file read
 * back by slicing: there is nothing to decompress, so no zip bomb can go off.
 */
export const BACKUP_FORMAT = 'praatpapier-backup';
export const FORMAT_VERSION = 1;
export const FILE_EXTENSION = '.praatpapier';
export const MIME_TYPE = 'application/vnd.praatpapier+zip';

/** What a file may hold at most; anything larger is refused before it is read. */
export const BUDGETS = {
  entries: 20_000,
  manifestBytes: 1_000_000,
  dataBytes: 64_000_000,
  /** A five-minute recording is about 25 MB; a photo at most a few. */
  entryBytes: 200_000_000,
  fileBytes: 4_000_000_000,
  rows: 200_000,
} as const;

export const ENTRY_NAME = /^(manifest\.json|data\.json|(media|thumbs)\/[A-Za-z0-9_-]{1,80})$/;

export type ScopeInfo =
  { kind: 'all' } | { kind: 'class'; name: string } | { kind: 'pupil'; name: string };

export interface EncryptionInfo {
  algorithm: 'AES-GCM';
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 of a known text encrypted with the key: a wrong passphrase is told at once. */
  check: string;
}

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  app: string;
  schemaVersion: number;
  /** ISO date and time. */
  created: string;
  scope: ScopeInfo;
  /** Rows per table. */
  counts: Record<string, number>;
  media: { count: number; bytes: number };
  /** SHA-256 (hex) of every entry's stored bytes, by entry name. */
  entries: Record<string, string>;
  encryption?: EncryptionInfo;
}

/** A media row's thumbnail in data.json: its bytes are the named entry. */
export interface ThumbnailRef {
  $entry: string;
  type: string;
}

export const mediaEntry = (mediaId: string) => `media/${mediaId}`;
export const thumbEntry = (mediaId: string) => `thumbs/${mediaId}`;

export function isThumbnailRef(value: unknown): value is ThumbnailRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ThumbnailRef).$entry === 'string' &&
    typeof (value as ThumbnailRef).type === 'string'
  );
}

export async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** "praatpapier-groep-5b-2026-12-02.praatpapier": what and when, safe on every file system. */
export function backupFileName(scope: ScopeInfo, day: string): string {
  const what = scope.kind === 'all' ? 'alles' : scope.name;
  const slug = what
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `praatpapier-${slug || 'backup'}-${day}${FILE_EXTENSION}`;
}
