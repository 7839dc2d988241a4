import type { CircleRow } from '../../db';
import { useT, type MessageKey } from '../../i18n';

const NAMES: Record<CircleRow['circle'], MessageKey> = {
  home: 'circleHome',
  me: 'circleMe',
  school: 'circleSchool',
};

/**
 * What each field is, short enough to fit inside a circle: the pupil's own signs (+, −, ?) as
 * on their circles screen, with the full question for a screen reader.
 */
const FIELDS = [
  ['plus', 'talkCirclePlus', 'circlePlus'],
  ['minus', 'talkCircleMinus', 'circleMinus'],
  ['wonder', 'talkCircleWonder', 'circleWonder'],
  ['goal', 'talkCircleGoal', 'circleGoal'],
  ['need', 'talkCircleNeed', 'circleNeed'],
] as const;

/** The three circles side by side, as circles, the way the pupil filled them in. */
export function TalkCircles({ circles }: { circles: CircleRow[] }) {
  const t = useT();
  return (
    <ul class="talk-circles">
      {circles.map((circle) => (
        <li key={circle.circle} class={`talk-circle circle--${circle.circle}`}>
          <h3>{t(NAMES[circle.circle])}</h3>
          <dl>
            {FIELDS.filter(([field]) => circle[field].trim()).map(([field, short, label]) => (
              <div key={field}>
                <dt>
                  <span aria-hidden="true">{t(short)}</span>
                  <span class="visually-hidden">{t(label)}</span>
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
