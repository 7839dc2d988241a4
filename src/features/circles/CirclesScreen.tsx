import './circles.css';
import { useEffect, useState } from 'preact/hooks';
import type { CircleId, CircleRow } from '../../db';
import { useT } from '../../i18n';
import { usePupilSession } from '../../app/pupil-session';
import { PupilDone, PupilHeader } from '../../app/PupilHeader';
import { Redirect } from '../../app/Redirect';
import { paths } from '../../app/paths';
import { CirclePicture } from '../../ui/drawings/circle-pictures';
import { StatePicture } from '../../ui/drawings/state-pictures';
import { circlesOf } from './circles-repo';
import { CircleEditor } from './CircleEditor';
import { filledCount } from './circle-fill';
import { CIRCLE_NAMES } from './names';
import { runAction } from '../../app/action';
import { screenPrompt } from '../voice';

/**
 * Thuis, ik, school (seeds/004) as three big drawn circles: tap one to open it, then fill it one
 * field at a time (+, −, ?, my goal, what I need). A circle with something in it shows a tick
 * and how many fields are filled.
 */
export function CirclesScreen() {
  const t = useT();
  const { pupil, round } = usePupilSession();
  const [circles, setCircles] = useState<CircleRow[]>();
  const [open, setOpen] = useState<CircleId>();
  useEffect(() => {
    if (round) runAction(() => circlesOf(pupil.id, round.id).then(setCircles));
  }, [pupil.id, round]);

  if (!round?.tools.includes('circles')) return <Redirect to={paths.pupil} />;
  return (
    <main class="screen pupil-screen">
      <PupilHeader
        title={t('pathToolCircles')}
        intro={t('circlesIntro')}
        prompt={screenPrompt('circles')}
      />
      <div class="circle-rings">
        {circles?.map((circle) => {
          const count = filledCount(circle);
          const name = t(CIRCLE_NAMES[circle.circle]);
          return (
            <button
              key={circle.circle}
              type="button"
              class={`circle-ring circle-ring--${circle.circle}${count > 0 ? ' circle-ring--filled' : ''}`}
              aria-expanded={circle.circle === open}
              onClick={() => setOpen(circle.circle === open ? undefined : circle.circle)}
            >
              <CirclePicture id={circle.circle} />
              <span class="circle-ring-name">{name}</span>{' '}
              {count > 0 ? (
                <span class="circle-ring-count">
                  <StatePicture state="done" size={24} />
                  {t('circleFilled', { count })}
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
      {/* All three stay mounted, only the open one shown: each saves itself and picks up text
          a reload interrupted (the unsaved journal) as soon as the screen opens, as before. */}
      {circles?.map((circle) => (
        <div key={circle.circle} hidden={circle.circle !== open}>
          <CircleEditor
            circle={circle}
            name={t(CIRCLE_NAMES[circle.circle])}
            onEdit={(edit) =>
              setCircles((before) =>
                before?.map((row) => (row.circle === circle.circle ? { ...row, ...edit } : row)),
              )
            }
          />
        </div>
      ))}
      <PupilDone />
    </main>
  );
}
