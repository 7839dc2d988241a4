import { useT } from '../../i18n';
import { RatingMark } from '../../ui/RatingMark';
import { TopicPicture } from '../../ui/drawings/topic-pictures';
import { PaperPart } from '../../ui/PaperPart';
import type { PaperProps } from '../tool-contract';
import type { SheetRating } from './sheet-rating';
import { tenText } from './scales';

/** The ratings on paper, with the spinnenweb beside them when the sheet has one. */
export function PaperRatings({ items, urls, pupil, compact }: PaperProps<'ratings'>) {
  const t = useT();
  if (compact) return <RatingsList ratings={items} size={28} />;
  const web = urls.get(`radar:${pupil.id}`);
  return (
    <PaperPart title={t('sheetRatings')}>
      <div class="print-ratings-block">
        <RatingsList ratings={items} size={52} />
        {web ? (
          <img
            class="print-radar"
            src={web}
            alt={t('sheetRadarImage', { name: pupil.firstName })}
            width={400}
            height={320}
          />
        ) : null}
      </div>
    </PaperPart>
  );
}

/**
 * Each rating with its topic's picture, as the pupil saw it: the face or thermometer of now and of
 * a month from now, large enough to read across the table, and the same as words.
 */
function RatingsList({ ratings, size }: { ratings: SheetRating[]; size: number }) {
  const t = useT();
  return (
    <ul class="print-ratings">
      {ratings.map((rating) => (
        <li key={rating.topicId}>
          <TopicPicture topicId={rating.topicId} size={size * 0.8} />
          <span class="print-rating-label">{rating.label}</span>
          <span class="print-rating-marks">
            <RatingMark scale={rating.scale} value={rating.now} tone="now" size={size} />
            <span aria-hidden="true">→</span>
            <RatingMark scale={rating.scale} value={rating.month} tone="month" size={size} />
          </span>
          <span class="print-rating-text">
            {t('sheetNowMonth', {
              now: tenText(rating.scale, rating.now),
              month: tenText(rating.scale, rating.month),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
