import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useLive } from '../../db';
import { thumbnailsOf } from '../media';
import { isoDay } from '../rounds';
import { useT } from '../../i18n';
import { usePupilSession } from '../../app/pupil-session';
import { PupilHeader } from '../../app/PupilHeader';
import { paths } from '../../app/paths';
import { createPortfolioItem, listPortfolio, undoDeletePortfolioItem } from './portfolio-repo';
import { PortfolioCard } from './PortfolioCard';
import { takeDeletedNotice, type DeletedNotice } from './deleted-notice';
import { runAction } from '../../app/action';
import { screenPrompt } from '../voice';
import { PlusIcon } from '../../ui/drawings/icons';

/**
 * The pupil's portfolio: what they learned, the round's look-back window first ("don't look too
 * far back", seeds/004). The list loads thumbnails only, never a full photo.
 */
export function PortfolioScreen() {
  const t = useT();
  const { route } = useLocation();
  const { pupil, round } = usePupilSession();
  const listed = useLive(async () => {
    const rows = await listPortfolio(pupil.id);
    return { rows, thumbnails: await thumbnailsOf(rows.flatMap((row) => row.photoMediaId ?? [])) };
  }, [pupil.id]);
  const items = listed?.rows;
  const thumbnails = listed?.thumbnails ?? new Map<string, Blob>();
  const [deleted, setDeleted] = useState<DeletedNotice | null>(takeDeletedNotice);
  useEffect(() => {
    // The benchmark measures up to here: the list and its thumbnails are on screen.
    if (items) performance.mark('pp:portfolio-ready');
  }, [items]);

  async function add() {
    const item = await createPortfolioItem(pupil.id, isoDay(new Date()));
    route(paths.pupilPortfolioItem(item.id));
  }

  async function undo(notice: DeletedNotice) {
    await undoDeletePortfolioItem(pupil.id, notice.id);
    setDeleted(null);
  }

  const from = round?.lookBackFrom ?? '';
  const recent = items?.filter((item) => item.day >= from) ?? [];
  const earlier = items?.filter((item) => item.day < from) ?? [];

  return (
    <main class="screen pupil-screen">
      <PupilHeader
        title={t('pathToolPortfolio')}
        intro={t('portfolioIntro')}
        prompt={screenPrompt('portfolio')}
      />
      {deleted ? (
        <div class="notice" role="status">
          <span>{t('portfolioDeleted', { title: deleted.title || t('portfolioUntitled') })}</span>
          <button type="button" class="button" onClick={() => runAction(() => undo(deleted))}>
            {t('undo')}
          </button>
        </div>
      ) : null}
      <div class="actions">
        <button
          type="button"
          class="button button--primary button--big"
          onClick={() => runAction(() => add())}
        >
          <PlusIcon />
          {t('portfolioAdd')}
        </button>
      </div>
      {items && items.length === 0 ? <p class="pupil-intro">{t('portfolioEmpty')}</p> : null}
      {[
        { title: round ? t('portfolioRecent') : null, rows: round ? recent : (items ?? []) },
        { title: t('portfolioEarlier'), rows: round ? earlier : [] },
      ].map((section) =>
        section.rows.length > 0 ? (
          <section key={section.title} aria-label={section.title ?? t('pathToolPortfolio')}>
            {section.title ? <h2>{section.title}</h2> : null}
            <ul class="portfolio-grid">
              {section.rows.map((item) => (
                <li key={item.id}>
                  <PortfolioCard
                    item={item}
                    thumbnail={item.photoMediaId ? thumbnails.get(item.photoMediaId) : undefined}
                  />
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </main>
  );
}
