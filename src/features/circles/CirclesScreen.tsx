import { useEffect, useState } from 'preact/hooks';
import { TEXT_LIMITS, type CircleId, type CircleRow } from '../../db';
import { useT, type MessageKey } from '../../i18n';
import { useAutosavedState } from '../../app/autosave';
import { usePupilSession } from '../../app/pupil-session';
import { PupilDone, PupilHeader } from '../../app/PupilHeader';
import { Redirect } from '../../app/Redirect';
import { paths } from '../../app/paths';
import { TextField } from '../../ui/TextField';
import { ReadAloud } from '../../ui/ReadAloud';
import { ShareChoice } from '../../ui/ShareChoice';
import { SaveStatus } from '../../ui/SaveStatus';
import { CIRCLE_FIELDS, circlesOf, saveCircle, type CircleField } from './circles-repo';
import { runAction } from '../../app/action';
import { screenPrompt } from '../voice';

const CIRCLE_NAMES: Record<CircleId, MessageKey> = {
  home: 'circleHome',
  me: 'circleMe',
  school: 'circleSchool',
};
const FIELD_NAMES: Record<CircleField, MessageKey> = {
  plus: 'circlePlus',
  minus: 'circleMinus',
  wonder: 'circleWonder',
  goal: 'circleGoal',
  need: 'circleNeed',
};

/** Thuis, ik, school (seeds/004): for each, +, −, ?, my goal and what I need. */
export function CirclesScreen() {
  const t = useT();
  const { pupil, round } = usePupilSession();
  const [circles, setCircles] = useState<CircleRow[]>();
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
      <div class="circles">
        {circles?.map((circle) => (
          <CircleEditor key={circle.circle} circle={circle} />
        ))}
      </div>
      <PupilDone />
    </main>
  );
}

function CircleEditor({ circle }: { circle: CircleRow }) {
  const t = useT();
  const { pupil, changed } = usePupilSession();
  const [draft, setDraft, state] = useAutosavedState<Record<CircleField, string>>(
    {
      plus: circle.plus,
      minus: circle.minus,
      wonder: circle.wonder,
      goal: circle.goal,
      need: circle.need,
    },
    async (value) => {
      await saveCircle(pupil.id, circle.roundId, circle.circle, value);
      changed();
    },
    { delayMs: 400, journalKey: `circle:${pupil.id}:${circle.roundId}:${circle.circle}` },
  );
  const [share, setShare] = useState(circle.share);
  const name = t(CIRCLE_NAMES[circle.circle]);
  return (
    <section
      class={`card pupil-card circle circle--${circle.circle}`}
      aria-labelledby={`circle-${circle.circle}`}
    >
      <div class="pupil-title">
        <h2 id={`circle-${circle.circle}`}>
          <span class="circle-dot" aria-hidden="true" />
          {name}
        </h2>
        <ReadAloud text={name} label={`${t('readAloud')}: ${name}`} />
      </div>
      {CIRCLE_FIELDS.map((field) => (
        <TextField
          key={field}
          label={t(FIELD_NAMES[field])}
          value={draft[field]}
          maxLength={TEXT_LIMITS.long}
          multiline
          readAloud
          onInput={(value) => setDraft((before) => ({ ...before, [field]: value }))}
        />
      ))}
      <ShareChoice
        compact
        label={`${t('shareQuestion')} (${name})`}
        value={share}
        onChange={(next) => {
          setShare(next);
          runAction(() => saveCircle(pupil.id, circle.roundId, circle.circle, { share: next }));
        }}
      />
      <SaveStatus state={state} />
    </section>
  );
}
