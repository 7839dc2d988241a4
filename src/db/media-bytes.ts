import { db } from './database';

const joined = (chunks: { blob: Blob }[], type: string) =>
  new Blob(
    chunks.map((chunk) => chunk.blob),
    { type },
  );

const chunksOf = (mediaId: string) =>
  db.mediaChunks
    .where('[mediaId+seq]')
    .between([mediaId, -Infinity], [mediaId, Infinity])
    .toArray();

/** The bytes of one photo or recording, its chunks joined in order (a Blob, not a copy). */
export async function mediaBytes(mediaId: string, type: string): Promise<Blob> {
  return joined(await chunksOf(mediaId), type);
}

/**
 * The bytes of many, read in one transaction (a backup: a class has a few hundred): Blobs that
 * refer to the stored chunks, so none of their bytes is read here.
 */
export async function mediaBytesOf(
  media: readonly { id: string; mimeType: string }[],
): Promise<Map<string, Blob>> {
  const chunks = await db.transaction('r', db.mediaChunks, () =>
    Promise.all(media.map((row) => chunksOf(row.id))),
  );
  return new Map(media.map((row, index) => [row.id, joined(chunks[index]!, row.mimeType)]));
}
