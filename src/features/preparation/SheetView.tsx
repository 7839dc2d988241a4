import './sheet.css';
import type { PortfolioItemRow } from '../../db';
import { MediaPlayer } from '../media';
import { LEVEL_NAMES } from '../portfolio';
import { tenText } from '../ratings';
import { useT } from '../../i18n';
import { useObjectUrl } from '../../ui/use-object-url';
import { isEmptySheet, type SheetContent } from './sheet';
import { AnswersPart, AsksPart, CirclesPart, GoalsPart } from './SheetParts';
import { useThumbnails } from './use-thumbnails';

/**
 * The praatpapier's content on screen: what the pupil's parents (or the teacher) will see, part
 * by part; empty parts are left out. The printed sheet is drawn from the same SheetContent.
 */
export function SheetView({
  content,
  headingLevel = 2,
}: {
  content: SheetContent;
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const thumbnails = useThumbnails(content.portfolio.flatMap((item) => item.photoMediaId ?? []));

  if (isEmptySheet(content)) return <p class="message">{t('sheetEmpty')}</p>;
  return (
    <div class="sheet-view">
      {content.clip?.mediaId ? (
        <section>
          <H>{t('videoMine')}</H>
          <MediaPlayer mediaId={content.clip.mediaId} kind="video" label={t('videoMine')} />
        </section>
      ) : null}
      {content.answers.length > 0 ? (
        <section>
          <H>{t('sheetAnswers')}</H>
          <AnswersPart answers={content.answers} />
        </section>
      ) : null}
      {content.portfolio.length > 0 ? (
        <section>
          <H>{t('sheetPortfolio')}</H>
          <ul class="sheet-portfolio">
            {content.portfolio.map((item) => (
              <SheetItem
                key={item.id}
                item={item}
                thumbnail={item.photoMediaId ? thumbnails.get(item.photoMediaId) : undefined}
              />
            ))}
          </ul>
        </section>
      ) : null}
      {content.ratings.length > 0 ? (
        <section>
          <H>{t('sheetRatings')}</H>
          <table class="sheet-ratings">
            <thead>
              <tr>
                <th scope="col">{t('sheetRatings')}</th>
                <th scope="col">{t('ratingNow')}</th>
                <th scope="col">{t('ratingMonth')}</th>
              </tr>
            </thead>
            <tbody>
              {content.ratings.map((rating) => (
                <tr key={rating.topicId}>
                  <th scope="row">{rating.label}</th>
                  <td>{tenText(rating.scale, rating.now)}</td>
                  <td>{tenText(rating.scale, rating.month)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {content.circles.length > 0 ? (
        <section>
          <H>{t('sheetCircles')}</H>
          <CirclesPart circles={content.circles} />
        </section>
      ) : null}
      {content.goals.length > 0 ? (
        <section>
          <H>{t('sheetGoals')}</H>
          <GoalsPart goals={content.goals} />
        </section>
      ) : null}
      {content.asks.length > 0 ? (
        <section>
          <H>{t('sheetAsks')}</H>
          <AsksPart asks={content.asks} />
        </section>
      ) : null}
    </div>
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
