import { MIN_RADAR_TOPICS } from '../radar';
import { RatingsWeb } from './RatingsWeb';
import type { SheetRating } from './sheet-rating';
import { tenText } from './scales';
import { sheetRatingsRadar } from './web-data';
import { useT } from '../../i18n';
import { RatingMark } from '../../ui/RatingMark';

/** The pupil's ratings, now and in a month, with the spinnenweb beside them. */
export function TalkRatings({ items: ratings }: { items: SheetRating[] }) {
  const t = useT();
  return (
    <div class="talk-ratings-web">
      <ul class="talk-ratings">
        {ratings.map((rating) => (
          <li key={rating.topicId}>
            <span class="talk-rating-label">{rating.label}</span>
            <RatingMark scale={rating.scale} value={rating.now} tone="now" size={32} />
            <span aria-hidden="true">→</span>
            <RatingMark scale={rating.scale} value={rating.month} tone="month" size={32} />
            <span class="visually-hidden">
              {t('sheetNowMonth', {
                now: tenText(rating.scale, rating.now),
                month: tenText(rating.scale, rating.month),
              })}
            </span>
          </li>
        ))}
      </ul>
      {ratings.length >= MIN_RADAR_TOPICS ? (
        <div class="talk-web">
          <RatingsWeb data={sheetRatingsRadar(ratings)} />
        </div>
      ) : null}
    </div>
  );
}
