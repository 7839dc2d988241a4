/**
 * A recording ready to play: its chunks joined, and for WebM the duration written into the
 * header (MediaRecorder's WebM has none, so a player shows no length and cannot seek).
 */
import fixWebmDuration from 'fix-webm-duration';
import { getMedia, readMediaBlob } from './media-repo';

/** Whether a stored recording needs its duration written in (WebM has none; MP4 has). */
export const needsDurationFix = (mimeType: string): boolean =>
  mimeType.startsWith('video/webm') || mimeType.startsWith('audio/webm');

export async function playableBlob(mediaId: string): Promise<Blob | undefined> {
  const [row, blob] = await Promise.all([getMedia(mediaId), readMediaBlob(mediaId)]);
  if (!row || !blob) return undefined;
  if (needsDurationFix(row.mimeType) && row.durationMs)
    return fixWebmDuration(blob, row.durationMs, { logger: false });
  return blob;
}
