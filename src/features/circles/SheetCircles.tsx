import type { CircleRow } from '../../db';
import { useT } from '../../i18n';
import { CIRCLE_FIELDS } from './circles-repo';
import { CIRCLE_NAMES, FIELD_NAMES } from './names';

/** The circles on the praatpapier, on screen and on paper: each with the fields that say something. */
export function SheetCircles({ items: circles }: { items: CircleRow[] }) {
  const t = useT();
  return (
    <div class="sheet-circles">
      {circles.map((circle) => (
        <div key={circle.circle} class={`sheet-circle circle--${circle.circle}`}>
          <p class="sheet-circle-name">{t(CIRCLE_NAMES[circle.circle])}</p>
          <dl>
            {CIRCLE_FIELDS.filter((field) => circle[field].trim()).map((field) => (
              <div key={field}>
                <dt>{t(FIELD_NAMES[field])}</dt>
                <dd>{circle[field]}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </div>
  );
}
