import { useEffect, useState } from 'preact/hooks';
import { useT, type MessageKey } from '../../i18n';
import { clock } from '../recorder';
import { PHASES, phaseOf, type Phase, type TalkStep } from './talk-steps';

const PHASE_NAMES: Record<Phase, [MessageKey, MessageKey]> = {
  afstemmen: ['talkPhaseAfstemmen', 'talkPhaseAfstemmenHint'],
  delen: ['talkPhaseDelen', 'talkPhaseDelenHint'],
  zorgen: ['talkPhaseZorgen', 'talkPhaseZorgenHint'],
  afspreken: ['talkPhaseAfspreken', 'talkPhaseAfsprekenHint'],
  afronden: ['talkPhaseAfronden', 'talkPhaseAfrondenHint'],
};

/** The teacher's small guide: the five phases with the current one marked, and the time. */
export function TalkGuide({
  step,
  startedAt,
  plannedMinutes,
}: {
  step: TalkStep;
  startedAt: number;
  plannedMinutes: number;
}) {
  const t = useT();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const elapsed = now - startedAt;
  const over = elapsed > plannedMinutes * 60_000;
  const current = phaseOf(step);
  return (
    <aside class="talk-guide" aria-label={t('talkGuide')}>
      <ol class="talk-phases">
        {PHASES.map((phase) => {
          const [name, hint] = PHASE_NAMES[phase];
          return (
            <li
              key={phase}
              class={phase === current ? 'talk-phase talk-phase--current' : 'talk-phase'}
              aria-current={phase === current ? 'step' : undefined}
            >
              <strong>{t(name)}</strong>
              {phase === current ? <span class="talk-phase-hint">{t(hint)}</span> : null}
            </li>
          );
        })}
      </ol>
      <p class={over ? 'talk-timer talk-timer--over' : 'talk-timer'} role="timer">
        {t('talkTimer', { elapsed: clock(elapsed), planned: plannedMinutes })}
        {over ? <span> · {t('talkOverTime')}</span> : null}
      </p>
    </aside>
  );
}
