import { useEffect, useState } from 'preact/hooks';
import { thumbnailsOf } from '../media';
import { runAction } from '../../app/action';

/** The small thumbnails of these media rows (never their full bytes), keyed by media id. */
export function useThumbnails(mediaIds: readonly string[]): Map<string, Blob> {
  const [thumbnails, setThumbnails] = useState(new Map<string, Blob>());
  // Keyed by the ids' text: a new array with the same ids must not load them again.
  const key = mediaIds.join(' ');
  useEffect(() => {
    const ids = key ? key.split(' ') : [];
    runAction(() => thumbnailsOf(ids).then(setThumbnails));
  }, [key]);
  return thumbnails;
}
