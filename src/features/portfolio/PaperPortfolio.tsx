import type { PortfolioItemRow } from '../../db';
import { useT } from '../../i18n';
import { PaperPart } from '../../ui/PaperPart';
import type { PaperProps } from '../tool-contract';
import { LEVEL_NAMES } from './PortfolioCard';

/** How many items are printed large, as the work the pupil is proudest of. */
const BIG_ITEMS = 2;

/**
 * What the pupil learned on paper: the work they are proudest of large with its photo, the
 * other items three to a row; in the teacher's box a short list.
 */
export function PaperPortfolio({ items, urls, compact }: PaperProps<'portfolio'>) {
  const t = useT();
  const photo = (item: PortfolioItemRow) =>
    item.photoMediaId ? urls.get(item.photoMediaId) : undefined;
  if (compact)
    return (
      <ul class="print-compact-list">
        {items.map((item) => (
          <li key={item.id}>
            <strong>{item.title || t('portfolioUntitled')}</strong>
            {item.note.trim() ? ` · ${item.note}` : ''}
          </li>
        ))}
      </ul>
    );
  const big = items.filter((item) => item.proud).slice(0, BIG_ITEMS);
  const rest = items.filter((item) => !big.includes(item));
  return (
    <>
      {big.length > 0 ? (
        <PaperPart title={t('sheetProud')}>
          <ul class="print-portfolio print-portfolio--big">
            {big.map((item) => (
              <PaperItem key={item.id} item={item} url={photo(item)} big />
            ))}
          </ul>
        </PaperPart>
      ) : null}
      {rest.length > 0 ? (
        <PaperPart title={t('sheetPortfolio')}>
          <ul class="print-portfolio">
            {rest.map((item) => (
              <PaperItem key={item.id} item={item} url={photo(item)} />
            ))}
          </ul>
        </PaperPart>
      ) : null}
    </>
  );
}

/** A portfolio item with its photo; `big` for the work the pupil is proudest of. */
function PaperItem({
  item,
  url,
  big = false,
}: {
  item: PortfolioItemRow;
  url?: string;
  big?: boolean;
}) {
  const t = useT();
  return (
    <li class={big ? 'print-item print-item--big' : 'print-item'}>
      {url ? <img src={url} alt="" width={big ? 320 : 160} height={big ? 240 : 120} /> : null}
      <div>
        <strong>{item.title || t('portfolioUntitled')}</strong>
        {item.proud ? <span class="print-proud"> ★ {t('proudShort')}</span> : null}
        {item.level ? <span> · {t(LEVEL_NAMES[item.level])}</span> : null}
        {item.note.trim() ? <p class="sheet-note">{item.note}</p> : null}
      </div>
    </li>
  );
}
