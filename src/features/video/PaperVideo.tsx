import { useT } from '../../i18n';
import { clock } from '../recorder';
import type { PaperProps } from '../tool-contract';

/** The video cannot be printed: a line says there is one, and how long it is, to watch together. */
export function PaperVideo({ items, media, compact }: PaperProps<'clips'>) {
  const t = useT();
  const clip = items[0];
  if (!clip) return null;
  if (compact) return <p>{t('videoMine')}</p>;
  const row = clip.mediaId ? media.get(clip.mediaId) : undefined;
  return <p class="print-video-note">{t('sheetVideo', { length: clock(row?.durationMs ?? 0) })}</p>;
}
