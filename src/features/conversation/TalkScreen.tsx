import { useMemo, useState } from 'preact/hooks';
import type { PupilRow, RoundRow } from '../../db';
import { useT } from '../../i18n';
import { paths } from '../../app/paths';
import type { TalkStep } from './talk-steps';
import { StepView } from './StepView';
import { TalkGuide } from './TalkGuide';
import { TalkStrip } from './TalkStrip';
import { TalkNotes } from './TalkNotes';
import { FullScreenButton } from './FullScreenButton';

export interface Talk {
  pupil: PupilRow;
  round: RoundRow;
  steps: TalkStep[];
  /** The teacher's notes so far (a talk may be left and opened again). */
  notes: string;
}

/**
 * The talk on one screen: the strip of all steps on top, the step in the middle, the teacher's
 * guide, timer and notes at the side, big next and back buttons at the bottom.
 */
export function TalkScreen({ pupil, round, steps, notes }: Talk) {
  const t = useT();
  const [chosen, setIndex] = useState(0);
  // The steps are read live: should the pupil's preparation change during the talk, the step
  // shown stays within the steps there are.
  const index = Math.min(chosen, steps.length - 1);
  const step = steps[index]!;
  const startedAt = useMemo(() => Date.now(), []);
  const go = (next: number) => {
    setIndex(Math.min(steps.length - 1, Math.max(0, next)));
    // The step's heading is read first, as on a new page.
    requestAnimationFrame(() => document.getElementById('talk-step-heading')?.focus());
  };
  const nothingShared = steps.every((at) => at.kind === 'welcome' || at.kind === 'end');
  const emptyTalk = steps.some((at) => at.kind === 'questions') || nothingShared;

  return (
    <main class="talk-screen pupil-screen">
      <header class="talk-bar">
        <h1 class="talk-title">{t('talkTitle', { name: pupil.firstName })}</h1>
        <p class="talk-count">{t('talkStep', { step: index + 1, count: steps.length })}</p>
        <FullScreenButton />
        <a class="button" href={paths.teacherOverview}>
          {t('talkLeave')}
        </a>
      </header>
      <TalkStrip steps={steps} index={index} onJump={go} />
      <section class="talk-step card" aria-labelledby="talk-step-heading">
        <StepView step={step} pupil={pupil} round={round} emptyTalk={emptyTalk} />
      </section>
      <div class="talk-side">
        <TalkGuide step={step} startedAt={startedAt} plannedMinutes={round.minutesPerTalk} />
        <TalkNotes roundId={round.id} pupilId={pupil.id} initial={notes} />
      </div>
      <nav class="talk-nav" aria-label={t('talkTitle', { name: pupil.firstName })}>
        <button
          type="button"
          class="button button--big"
          disabled={index === 0}
          onClick={() => go(index - 1)}
        >
          ← {t('talkBack')}
        </button>
        {index < steps.length - 1 ? (
          <button
            type="button"
            class="button button--primary button--big"
            onClick={() => go(index + 1)}
          >
            {t('talkNext')} →
          </button>
        ) : (
          <a
            class="button button--primary button--big"
            href={paths.teacherAgreements(round.id, pupil.id)}
          >
            {t('talkToAgreements')}
          </a>
        )}
      </nav>
    </main>
  );
}
