import type { JSX } from 'preact';
import { useT, type MessageKey } from '../../i18n';
import { ToolPicture } from '../../ui/drawings/tool-pictures';
import { TalkPicture } from '../../ui/drawings/talk-pictures';
import type { StepKind, TalkStep } from './talk-steps';

/** The short name and the picture of each kind of step: a child who cannot read finds it. */
const STEP_PARTS: Record<StepKind, [MessageKey, () => JSX.Element]> = {
  welcome: ['talkPartWelcome', () => <TalkPicture id="welcome" />],
  portfolio: ['talkPartPortfolio', () => <ToolPicture id="portfolio" />],
  answers: ['talkPartAnswers', () => <ToolPicture id="questions" />],
  ratings: ['talkPartRatings', () => <ToolPicture id="spinnenweb" />],
  circles: ['talkPartCircles', () => <ToolPicture id="circles" />],
  goals: ['talkPartGoals', () => <ToolPicture id="goals" />],
  asks: ['talkPartAsks', () => <ToolPicture id="parentQuestions" />],
  questions: ['talkPartQuestions', () => <ToolPicture id="questions" />],
  end: ['talkPartEnd', () => <TalkPicture id="agreements" />],
};

/**
 * Every step of the talk in one row: the pupil leads, so the pupil can jump to any part (back to
 * the video, straight to the goals), and everybody sees how much is left.
 */
export function TalkStrip({
  steps,
  index,
  onJump,
}: {
  steps: readonly TalkStep[];
  index: number;
  onJump: (index: number) => void;
}) {
  const t = useT();
  return (
    <nav class="talk-strip" aria-label={t('talkStrip')}>
      <ol>
        {steps.map((step, at) => {
          const [name, picture] = STEP_PARTS[step.kind];
          return (
            <li key={`${step.kind}-${at}`}>
              <button
                type="button"
                class={
                  at === index ? 'talk-strip-step talk-strip-step--current' : 'talk-strip-step'
                }
                aria-current={at === index ? 'step' : undefined}
                onClick={() => onJump(at)}
              >
                <span class="talk-strip-picture">{picture()}</span>
                <span class="talk-strip-name">{t(name)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
