import './circles.css';
import { useState } from 'preact/hooks';
import { useLive, type CircleId } from '../../db';
import { useT } from '../../i18n';
import { usePupilSession } from '../../app/pupil-session';
import { PupilDone, PupilHeader } from '../../app/PupilHeader';
import { Redirect } from '../../app/Redirect';
import { paths } from '../../app/paths';
import { CirclePicture } from '../../ui/drawings/circle-pictures';
import { StatePicture } from '../../ui/drawings/state-pictures';
import { circlesOf, type CircleEdit } from './circles-repo';
import { CircleEditor } from './CircleEditor';
import { filledCount } from './circle-fill';
import { CIRCLE_NAMES } from './names';
import { screenPrompt } from '../voice';

/**
 * Thuis, ik, school (seeds/004) as three big drawn circles: tap one to open it, then fill it one
 * field at a time (+, −, ?, my goal, what I need). A circle with something in it shows a tick
 * and how many fields are filled.
 */
export function CirclesScreen() {
  const t = useT();
  const { pupil, round } = usePupilSession();
  const stored = useLive(() => (round ? circlesOf(pupil.id, round.id) : null), [pupil.id, round]);
  // What each editor holds, typed but maybe not saved yet: the rings count it at once.
  const [drafts, setDrafts] = useState<Partial<Record<CircleId, CircleEdit>>>({});
  const circles = stored?.map((row) => ({ ...row, ...drafts[row.circle] }));
  const [open, setOpen] = useState<CircleId>();

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
      {stored?.map((circle) => (
        <div key={circle.circle} hidden={circle.circle !== open}>
          <CircleEditor
            circle={circle}
            name={t(CIRCLE_NAMES[circle.circle])}
            onEdit={(edit) => setDrafts((before) => ({ ...before, [circle.circle]: edit }))}
          />
        </div>
      ))}
      <PupilDone />
    </main>
  );
}
