import type { CircleRow } from '../../db';
import { CIRCLE_FIELDS, type CircleField } from './circles-repo';
import { CIRCLE_NAMES, FIELD_NAMES } from './names';
import { useT, type MessageKey } from '../../i18n';

/**
 * What each field is, short enough to fit inside a circle: the pupil's own signs (+, −, ?) as
 * on their circles screen, with the full question (FIELD_NAMES) for a screen reader.
 */
const SHORT: Record<CircleField, MessageKey> = {
  plus: 'talkCirclePlus',
  minus: 'talkCircleMinus',
  wonder: 'talkCircleWonder',
  goal: 'talkCircleGoal',
  need: 'talkCircleNeed',
};

/** The three circles side by side, as circles, the way the pupil filled them in. */
export function TalkCircles({ items: circles }: { items: CircleRow[] }) {
  const t = useT();
  return (
    <ul class="talk-circles">
      {circles.map((circle) => (
        <li key={circle.circle} class={`talk-circle circle--${circle.circle}`}>
          <h3>{t(CIRCLE_NAMES[circle.circle])}</h3>
          <dl>
            {CIRCLE_FIELDS.filter((field) => circle[field].trim()).map((field) => (
              <div key={field}>
                <dt>
                  <span aria-hidden="true">{t(SHORT[field])}</span>
                  <span class="visually-hidden">{t(FIELD_NAMES[field])}</span>
                </dt>
                <dd>{circle[field]}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
