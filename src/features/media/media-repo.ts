/**
 * The only writer of `media` (what a photo or recording is) and `mediaChunks` (its bytes, in
 * order). Lists read media rows and their small inline thumbnails; the bytes are read only when
 * something is shown full size or played.
 */
import { db, eraseRecordingsOf, mediaBytes, type MediaKind, type MediaRow } from '../../db';

export interface StillImage {
  blob: Blob;
  thumbnail: Blob;
  width: number;
  height: number;
}

/** Stores a finished image in one chunk. Runs inside the caller's transaction when there is one. */
export async function storeImage(
  pupilId: string,
  kind: MediaKind,
  image: StillImage,
): Promise<string> {
  const row: MediaRow = {
    id: crypto.randomUUID(),
    pupilId,
    kind,
    mimeType: image.blob.type || 'image/jpeg',
    bytes: image.blob.size,
    width: image.width,
    height: image.height,
    thumbnail: image.thumbnail,
    complete: true,
    createdAt: Date.now(),
  };
  await db.transaction('rw', db.media, db.mediaChunks, async () => {
    await db.media.add(row);
    await db.mediaChunks.add({ mediaId: row.id, seq: 0, blob: image.blob });
  });
  return row.id;
}

export async function deleteMedia(mediaId: string): Promise<void> {
  await db.transaction('rw', db.media, db.mediaChunks, async () => {
    await db.mediaChunks.where('mediaId').equals(mediaId).delete();
    await db.media.delete(mediaId);
  });
}

/** Thumbnails for a list, keyed by media id; one read for the whole list. */
export async function thumbnailsOf(mediaIds: readonly string[]): Promise<Map<string, Blob>> {
  const rows = await db.media.bulkGet([...mediaIds]);
  const thumbnails = new Map<string, Blob>();
  for (const row of rows) if (row?.thumbnail) thumbnails.set(row.id, row.thumbnail);
  return thumbnails;
}

/** Media rows (with their small inline thumbnails, never their bytes) keyed by id; one read. */
export async function mediaRowsOf(mediaIds: readonly string[]): Promise<Map<string, MediaRow>> {
  const rows = await db.media.bulkGet([...mediaIds]);
  return new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
}

/** The whole photo or recording, its chunks joined in order. */
export async function readMediaBlob(mediaId: string): Promise<Blob | undefined> {
  const row = await db.media.get(mediaId);
  return row ? mediaBytes(mediaId, row.mimeType) : undefined;
}

export interface MediaUsage {
  count: number;
  bytes: number;
}

export async function mediaUsageOf(pupilId: string): Promise<MediaUsage> {
  const rows = await db.media.where('pupilId').equals(pupilId).toArray();
  return { count: rows.length, bytes: rows.reduce((sum, row) => sum + row.bytes, 0) };
}

/**
 * Recordings are written as they are made: the row first (incomplete), then every chunk the
 * recorder hands over, at once, so a crash or a closed tab loses at most the last chunk.
 */
export type RecordingOwner =
  | { purpose: 'icebreaker'; roundId: string }
  | { purpose: 'answer'; roundId: string; questionId: string }
  /** The teacher's voice reading `questionId` (a question, tile or screen) of the round. */
  | { purpose: 'prompt'; roundId: string; questionId: string };

/** Starts a recording; `pupilId` is left out for the teacher's prompts, which are the round's. */
export async function beginRecording(
  pupilId: string | undefined,
  kind: 'video' | 'audio',
  mimeType: string,
  owner: RecordingOwner,
): Promise<string> {
  const row: MediaRow = {
    id: crypto.randomUUID(),
    pupilId,
    kind,
    mimeType,
    bytes: 0,
    complete: false,
    createdAt: Date.now(),
    ...owner,
  };
  await db.media.add(row);
  return row.id;
}

/** Adds one chunk and counts its bytes, in one transaction. A full disk throws a quota error. */
export async function appendChunk(mediaId: string, seq: number, blob: Blob): Promise<void> {
  await db.transaction('rw', db.media, db.mediaChunks, async () => {
    const row = await db.media.get(mediaId);
    if (!row || row.complete) throw new RangeError('no recording in progress');
    await db.mediaChunks.put({ mediaId, seq, blob });
    await db.media.update(mediaId, { bytes: row.bytes + blob.size });
  });
}

export async function finishRecording(
  mediaId: string,
  done: { durationMs: number; thumbnail?: Blob; width?: number; height?: number },
): Promise<void> {
  await db.media.update(mediaId, { ...done, complete: true });
}

/** A pupil's recordings that were cut off: started, never finished (tab closed or crashed). */
export async function incompleteRecordings(pupilId: string): Promise<MediaRow[]> {
  const rows = await db.media.where('pupilId').equals(pupilId).toArray();
  return rows.filter((row) => !row.complete);
}

/** A pupil's recordings for a round and a purpose, newest first (rows only, never bytes). */
export async function recordingsFor(
  pupilId: string,
  roundId: string,
  purpose: RecordingOwner['purpose'],
): Promise<MediaRow[]> {
  const rows = await db.media.where('pupilId').equals(pupilId).toArray();
  return rows
    .filter((row) => row.roundId === roundId && row.purpose === purpose)
    .sort((a, b) => b.createdAt - a.createdAt);
}

export async function getMedia(mediaId: string): Promise<MediaRow | undefined> {
  return db.media.get(mediaId);
}

/** Space taken per kind (photos, videos, spoken answers, portraits), for the teacher. */
export async function mediaUsageByKind(pupilId?: string): Promise<Record<MediaKind, MediaUsage>> {
  const rows = pupilId
    ? await db.media.where('pupilId').equals(pupilId).toArray()
    : await db.media.toArray();
  const usage: Record<MediaKind, MediaUsage> = {
    portrait: { count: 0, bytes: 0 },
    photo: { count: 0, bytes: 0 },
    video: { count: 0, bytes: 0 },
    audio: { count: 0, bytes: 0 },
  };
  for (const row of rows) {
    usage[row.kind].count++;
    usage[row.kind].bytes += row.bytes + (row.thumbnail?.size ?? 0);
  }
  return usage;
}

/**
 * Finishes a cut-off recording from the chunks it has: its length is what the chunks cover.
 * A recording without a single chunk is removed (there is nothing to keep).
 */
export async function recoverRecording(
  mediaId: string,
  chunkMs: number,
): Promise<MediaRow | undefined> {
  return db.transaction('rw', db.media, db.mediaChunks, async () => {
    const row = await db.media.get(mediaId);
    if (!row || row.complete) return row;
    const chunks = await db.mediaChunks.where('mediaId').equals(mediaId).count();
    if (chunks === 0) {
      await db.media.delete(mediaId);
      return undefined;
    }
    const recovered: MediaRow = {
      ...row,
      complete: true,
      durationMs: chunks * chunkMs,
      recoveredAt: Date.now(),
    };
    await db.media.put(recovered);
    return recovered;
  });
}

/**
 * Deletes every recording (videos and spoken answers) of a pupil, bytes and all, and takes them
 * off the answers and the kept videos, in one transaction (src/db/erase.ts).
 */
export const deleteRecordingsOf = (pupilId: string): Promise<void> => eraseRecordingsOf(pupilId);
