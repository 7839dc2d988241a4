import { db } from './database';

/** The bytes of one photo or recording, its chunks joined in order (a Blob, not a copy). */
export async function mediaBytes(mediaId: string, type: string): Promise<Blob> {
  const chunks = await db.mediaChunks
    .where('[mediaId+seq]')
    .between([mediaId, -Infinity], [mediaId, Infinity])
    .toArray();
  return new Blob(
    chunks.map((chunk) => chunk.blob),
    { type },
  );
}
