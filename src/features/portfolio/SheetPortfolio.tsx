import type { PortfolioItemRow } from '../../db';
import { useT } from '../../i18n';
import { useLive } from '../../db';
import { readMediaBlob, useThumbnails } from '../media';
import { useObjectUrl } from '../../ui/use-object-url';
import { LEVEL_NAMES } from './PortfolioCard';

/** What the pupil learned, on the sheet on screen: thumbnails, title, proud star and level. */
export function SheetPortfolio({ items }: { items: PortfolioItemRow[] }) {
  const thumbnails = useThumbnails(items.flatMap((item) => item.photoMediaId ?? []));
  return (
    <ul class="sheet-portfolio">
      {items.map((item) => (
        <SheetItem
          key={item.id}
          item={item}
          thumbnail={item.photoMediaId ? thumbnails.get(item.photoMediaId) : undefined}
        />
      ))}
    </ul>
  );
}

function SheetItem({ item, thumbnail }: { item: PortfolioItemRow; thumbnail?: Blob }) {
  const t = useT();
  const url = useObjectUrl(thumbnail);
  return (
    <li class="sheet-item">
      {url ? <img src={url} alt="" width={96} height={72} loading="lazy" /> : null}
      <span>
        <strong>{item.title || t('portfolioUntitled')}</strong>
        {item.proud ? <span> ★ {t('proudShort')}</span> : null}
        {item.level ? <span> · {t(LEVEL_NAMES[item.level])}</span> : null}
        {item.note.trim() ? <span class="sheet-note">{item.note}</span> : null}
      </span>
    </li>
  );
}

/** What the pupil learned in conversation mode: the photos large, to show across the table. */
export function TalkPortfolio({ items }: { items: PortfolioItemRow[] }) {
  const t = useT();
  return (
    <ul class="talk-portfolio">
      {items.map((item) => (
        <li key={item.id} class="talk-item">
          {item.photoMediaId ? <Photo mediaId={item.photoMediaId} /> : null}
          <h3>{item.title || t('portfolioUntitled')}</h3>
          {item.proud ? <p class="talk-proud">{t('proudShort')}</p> : null}
          {item.level ? <p>{t(LEVEL_NAMES[item.level])}</p> : null}
          {item.note.trim() ? <p class="sheet-note">{item.note}</p> : null}
        </li>
      ))}
    </ul>
  );
}

function Photo({ mediaId }: { mediaId: string }) {
  const blob = useLive(() => readMediaBlob(mediaId), [mediaId]);
  const url = useObjectUrl(blob ?? undefined);
  return url ? <img class="talk-photo" src={url} alt="" /> : null;
}
