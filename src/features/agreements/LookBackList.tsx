import type { Agreement } from '../../db';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { OUTCOME_NAMES } from './outcome';
import { whoName } from './who';

/** Last round's agreements as the teacher reads them: who, what, by when, how it went. */
export function LookBackList({ items, pupilName }: { items: Agreement[]; pupilName: string }) {
  const t = useT();
  const dates = useDates();
  return (
    <ul class="look-back-list">
      {items.map((item) => (
        <li key={item.id}>
          <strong>{whoName(t, item.who, pupilName)}</strong>: {item.what}
          {item.byWhen ? ` (${dates.day(item.byWhen)})` : ''} —{' '}
          <em>{item.outcome ? t(OUTCOME_NAMES[item.outcome]) : t('outcomeNone')}</em>
        </li>
      ))}
    </ul>
  );
}
