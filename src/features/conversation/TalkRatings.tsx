import { MIN_RADAR_TOPICS, RadarChart, type RadarData } from '../radar';
import { tenText, toTen } from '../ratings';
import { useT } from '../../i18n';
import { RatingMark } from '../../ui/RatingMark';
import type { SheetRating } from '../preparation';

/** The ratings as the sheet holds them, on the 0–10 line the spinnenweb draws. Pure. */
export function ratingsRadar(ratings: readonly SheetRating[]): RadarData {
  const values = (when: 'now' | 'month') =>
    ratings.map((rating) => {
      const value = rating[when];
      return value === undefined ? null : toTen(rating.scale, value);
    });
  const now = values('now');
  const month = values('month');
  return {
    labels: ratings.map((rating) => rating.label),
    series: [
      { key: 'now' as const, values: now },
      { key: 'month' as const, values: month },
    ].filter((series) => series.values.some((value) => value !== null)),
    complete: [...now, ...month].every((value) => value !== null),
  };
}

/** The pupil's ratings, now and in a month, with the spinnenweb beside them. */
export function TalkRatings({ ratings }: { ratings: SheetRating[] }) {
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
          <RadarChart
            data={ratingsRadar(ratings)}
            title={t('spinnenwebTitle')}
            notRated={t('spinnenwebNotRated')}
            names={{
              now: t('spinnenwebNow'),
              month: t('spinnenwebMonth'),
              previous: t('spinnenwebPrevious'),
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
