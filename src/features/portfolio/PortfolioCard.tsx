import type { PortfolioItemRow } from '../../db';
import { useT, type MessageKey } from '../../i18n';
import { useObjectUrl } from '../../ui/use-object-url';
import { ChoicePicture } from '../../ui/drawings/choice-pictures';
import { paths } from '../../app/paths';

export const LEVEL_NAMES: Record<NonNullable<PortfolioItemRow['level']>, MessageKey> = {
  notYet: 'levelNotYet',
  almost: 'levelAlmost',
  can: 'levelCan',
};

/** One item in the portfolio list: its thumbnail, title, level and proud star. */
export function PortfolioCard({ item, thumbnail }: { item: PortfolioItemRow; thumbnail?: Blob }) {
  const t = useT();
  const url = useObjectUrl(thumbnail);
  const title = item.title.trim() || t('portfolioUntitled');
  return (
    <a class="portfolio-card" href={paths.pupilPortfolioItem(item.id)}>
      {url ? (
        <img
          src={url}
          alt=""
          class="portfolio-thumb"
          width={160}
          height={120}
          loading="lazy"
          decoding="async"
        />
      ) : (
        <span class="portfolio-thumb portfolio-thumb--empty" aria-hidden="true" />
      )}
      <span class="portfolio-card-title">{title}</span>
      <span class="portfolio-card-meta">
        {item.level ? (
          <span class="portfolio-level">
            <ChoicePicture id={item.level} size={28} />
            {t(LEVEL_NAMES[item.level])}
          </span>
        ) : null}
        {item.proud ? (
          <span class="portfolio-proud">
            <span aria-hidden="true">★</span> {t('proudShort')}
          </span>
        ) : null}
      </span>
    </a>
  );
}
