import { useT } from '../../i18n';
import type { SheetRating } from './sheet-rating';
import { tenText } from './scales';

/** The ratings on the sheet on screen: a table of now and in a month, on the 0–10 line. */
export function SheetRatings({ items: ratings }: { items: SheetRating[] }) {
  const t = useT();
  return (
    <table class="sheet-ratings">
      <thead>
        <tr>
          <th scope="col">{t('sheetRatings')}</th>
          <th scope="col">{t('ratingNow')}</th>
          <th scope="col">{t('ratingMonth')}</th>
        </tr>
      </thead>
      <tbody>
        {ratings.map((rating) => (
          <tr key={rating.topicId}>
            <th scope="row">{rating.label}</th>
            <td>{tenText(rating.scale, rating.now)}</td>
            <td>{tenText(rating.scale, rating.month)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
