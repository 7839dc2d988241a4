import { useEffect, useState } from 'preact/hooks';
import { TEXT_LIMITS, useLive, type GoalRow } from '../../db';
import { useT, type MessageKey } from '../../i18n';
import { useAutosavedState } from '../../app/autosave';
import { usePupilSession } from '../../app/pupil-session';
import { PupilHeader } from '../../app/PupilHeader';
import { Redirect } from '../../app/Redirect';
import { paths } from '../../app/paths';
import { TextField } from '../../ui/TextField';
import { ShareChoice } from '../../ui/ShareChoice';
import { SaveStatus } from '../../ui/SaveStatus';
import { StepScale } from '../../ui/StepScale';
import {
  addGoal,
  deleteGoal,
  ensureFirstGoal,
  goalsOf,
  HELP_KINDS,
  MAX_GOALS,
  saveGoal,
} from './goals-repo';
import { runAction } from '../../app/action';
import { screenPrompt } from '../voice';
import { PlusIcon } from '../../ui/drawings/icons';
import { HELP_NAMES } from './help-names';

const STEP_NAMES: MessageKey[] = ['goalStep0', 'goalStep1', 'goalStep2', 'goalStep3', 'goalStep4'];

/** One to three goals in growth language (Hattie): where to, how far, next step, what helps. */
export function GoalsScreen() {
  const t = useT();
  const { pupil, round } = usePupilSession();
  const goals = useLive(() => (round ? goalsOf(pupil.id, round.id) : null), [pupil.id, round]);

  // Opening the goals is the pupil's action that gives them their first goal to fill in.
  useEffect(() => {
    if (round?.tools.includes('goals')) runAction(() => ensureFirstGoal(pupil.id, round.id));
  }, [pupil.id, round]);

  if (!round?.tools.includes('goals')) return <Redirect to={paths.pupil} />;
  return (
    <main class="screen pupil-screen">
      <PupilHeader
        title={t('pathToolGoals')}
        intro={t('goalsIntro')}
        prompt={screenPrompt('goals')}
      />
      {goals?.map((goal, index) => (
        <GoalEditor
          key={goal.id}
          goal={goal}
          number={index + 1}
          onDelete={async () => {
            await deleteGoal(pupil.id, goal.id);
          }}
        />
      ))}
      <div class="actions">
        {goals && goals.length < MAX_GOALS ? (
          <button
            type="button"
            class="button button--big"
            onClick={() => runAction(() => addGoal(pupil.id, round.id))}
          >
            <PlusIcon />
            {t('goalAdd')}
          </button>
        ) : (
          <p class="pupil-intro">{t('goalsMax')}</p>
        )}
        <a class="button button--primary button--big" href={paths.pupil}>
          {t('done')}
        </a>
      </div>
    </main>
  );
}

type GoalText = Pick<GoalRow, 'aim' | 'nextStep' | 'helpNote'>;

function GoalEditor(props: { goal: GoalRow; number: number; onDelete: () => Promise<void> }) {
  const t = useT();
  const { pupil } = usePupilSession();
  const { goal } = props;
  const [text, setText, state] = useAutosavedState<GoalText>(
    { aim: goal.aim, nextStep: goal.nextStep, helpNote: goal.helpNote },
    async (value) => {
      await saveGoal(pupil.id, goal.id, value);
    },
    { delayMs: 400, journalKey: `goal:${goal.id}` },
  );
  const [choices, setChoices] = useState(goal);
  async function choose(edit: Partial<GoalRow>) {
    setChoices((before) => ({ ...before, ...edit }));
    await saveGoal(pupil.id, goal.id, edit);
  }
  const title = t('goalTitle', { number: props.number });
  const field = (key: keyof GoalText, label: MessageKey) => (
    <TextField
      label={t(label)}
      value={text[key]}
      maxLength={TEXT_LIMITS.short}
      readAloud
      onInput={(value) => setText((before) => ({ ...before, [key]: value }))}
    />
  );
  return (
    <section class="card pupil-card goal" aria-label={title}>
      <h2>{title}</h2>
      {field('aim', 'goalAim')}
      <StepScale
        label={t('goalProgress')}
        value={choices.progress}
        onChange={(progress) => runAction(() => choose({ progress }))}
        names={STEP_NAMES.map((key) => t(key))}
      />
      {field('nextStep', 'goalNextStep')}
      <fieldset class="chips">
        <legend>{t('goalHelp')}</legend>
        {HELP_KINDS.map((kind) => (
          <button
            type="button"
            key={kind}
            class="chip"
            aria-pressed={choices.help.includes(kind)}
            onClick={() =>
              runAction(() =>
                choose({
                  help: choices.help.includes(kind)
                    ? choices.help.filter((other) => other !== kind)
                    : [...choices.help, kind],
                }),
              )
            }
          >
            {t(HELP_NAMES[kind])}
          </button>
        ))}
      </fieldset>
      {choices.help.includes('other') ? field('helpNote', 'goalHelpNote') : null}
      <ShareChoice
        compact
        label={`${t('shareQuestion')} (${title})`}
        value={choices.share}
        onChange={(share) => runAction(() => choose({ share }))}
      />
      <SaveStatus state={state} />
      <button type="button" class="button" onClick={() => runAction(() => props.onDelete())}>
        {t('goalDelete')}
      </button>
    </section>
  );
}
