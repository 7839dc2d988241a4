import './conversation.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { PupilRow, RoundRow } from '../../db';
import { loadPreparation, pupilInRound, sheetContent } from '../preparation';
import { lookBackFor } from '../agreements';
import { useT } from '../../i18n';
import { paths } from '../../app/paths';
import { talkSteps, type TalkStep } from './talk-steps';
import { StepView } from './StepView';
import { TalkGuide } from './TalkGuide';
import { runAction } from '../../app/action';

interface Talk {
  pupil: PupilRow;
  round: RoundRow;
  steps: TalkStep[];
}

/**
 * The conversation itself, on the tablet: full screen, the pupil taps through what they prepared
 * with big next and back buttons; the teacher keeps an eye on the phases and the time.
 */
export function ConversationMode() {
  const t = useT();
  const { params } = useRoute();
  const [talk, setTalk] = useState<Talk | null>();
  useEffect(() => {
    runAction(() =>
      (async () => {
        const found = await pupilInRound(params['pupilId'] ?? '', params['roundId'] ?? '');
        if (!found) return setTalk(null);
        const { pupil, round } = found;
        const [preparation, lookBack] = await Promise.all([
          loadPreparation(pupil.id, round),
          lookBackFor(pupil.id, round),
        ]);
        const content = sheetContent(preparation, 'parents');
        setTalk({
          pupil,
          round,
          steps: talkSteps(content, preparation.talkOrder, lookBack?.row.items),
        });
      })(),
    );
  }, [params['pupilId'], params['roundId']]);

  if (talk === undefined) return null;
  if (talk === null)
    return (
      <main class="screen teacher-screen">
        <p class="message">{t('notFound')}</p>
        <a class="button" href={paths.teacherOverview}>
          {t('back')}
        </a>
      </main>
    );
  return <Steps {...talk} />;
}

function Steps({ pupil, round, steps }: Talk) {
  const t = useT();
  const [index, setIndex] = useState(0);
  const step = steps[index]!;
  const startedAt = useMemo(() => Date.now(), []);
  const go = (next: number) => {
    setIndex(Math.min(steps.length - 1, Math.max(0, next)));
    // The step's heading is read first, as on a new page.
    requestAnimationFrame(() => document.getElementById('talk-step-heading')?.focus());
  };
  const onlyWelcomeAndEnd = steps.length === 2 && step.kind !== 'video';

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
      <TalkGuide step={step} startedAt={startedAt} plannedMinutes={round.minutesPerTalk} />
      <section class="talk-step card" aria-labelledby="talk-step-heading">
        <StepView step={step} pupil={pupil} round={round} emptyTalk={onlyWelcomeAndEnd} />
      </section>
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

function FullScreenButton() {
  const t = useT();
  const [full, setFull] = useState(Boolean(document.fullscreenElement));
  useEffect(() => {
    const onChange = () => setFull(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);
  // iPad Safari has no fullscreen for pages; there the installed app already is full screen.
  if (!document.fullscreenEnabled) return null;
  return (
    <button
      type="button"
      class="button"
      aria-pressed={full}
      onClick={() =>
        void (
          full ? document.exitFullscreen() : document.documentElement.requestFullscreen()
        ).catch(() => undefined)
      }
    >
      {t('talkFullScreen')}
    </button>
  );
}
