/**
 * A recording ready to play: its chunks joined, and for WebM the duration written into the
 * header (MediaRecorder's WebM has none, so a player shows no length and cannot seek).
 */
import fixWebmDuration from 'fix-webm-duration';
import { getMedia, readMediaBlob } from './media-repo';

export async function playableBlob(mediaId: string): Promise<Blob | undefined> {
  const [row, blob] = await Promise.all([getMedia(mediaId), readMediaBlob(mediaId)]);
  if (!row || !blob) return undefined;
  if (row.mimeType.includes('webm') && row.durationMs)
    return fixWebmDuration(blob, row.durationMs, { logger: false });
  return blob;
}
