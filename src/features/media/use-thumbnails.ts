import { useLive } from '../../db';
import { thumbnailsOf } from './media-repo';

const NONE = new Map<string, Blob>();

/** The small thumbnails of these media rows (never their full bytes), keyed by media id; live. */
export function useThumbnails(mediaIds: readonly string[]): Map<string, Blob> {
  // Keyed by the ids' text: a new array with the same ids must not read them again.
  const key = mediaIds.join(' ');
  return useLive(() => thumbnailsOf(key ? key.split(' ') : []), [key]) ?? NONE;
}
