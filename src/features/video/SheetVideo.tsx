import type { ClipRow } from '../../db';
import { useT } from '../../i18n';
import { MediaPlayer } from '../media';

/** The ice-breaker video on the sheet on screen, to play. */
export function SheetVideo({ items }: { items: ClipRow[] }) {
  const t = useT();
  return (
    <>
      {items.flatMap((clip) =>
        clip.mediaId ? (
          <MediaPlayer
            key={clip.mediaId}
            mediaId={clip.mediaId}
            kind="video"
            label={t('videoMine')}
          />
        ) : (
          []
        ),
      )}
    </>
  );
}
