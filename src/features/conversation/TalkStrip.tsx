import type { JSX } from 'preact';
import { useT, type MessageKey } from '../../i18n';
import { ToolPicture } from '../../ui/drawings/tool-pictures';
import { TalkPicture } from '../../ui/drawings/talk-pictures';
import { TALK_PARTS_BY_ID, type StepKind, type TalkStep } from './talk-steps';

/** The steps that are not a part of the praatpapier: to settle in, and to agree at the end. */
const FRAME_STEPS: Record<'welcome' | 'questions' | 'end', [MessageKey, () => JSX.Element]> = {
  welcome: ['talkPartWelcome', () => <TalkPicture id="welcome" />],
  questions: ['talkPartQuestions', () => <ToolPicture id="questions" />],
  end: ['talkPartEnd', () => <TalkPicture id="agreements" />],
};

/** The short name and the picture of a step: a child who cannot read finds it. */
function stepLook(kind: StepKind): [MessageKey, () => JSX.Element] {
  const part = TALK_PARTS_BY_ID.get(kind);
  if (part) return [part.names.talk, () => <ToolPicture id={part.picture} />];
  return FRAME_STEPS[kind as keyof typeof FRAME_STEPS];
}

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
          const [name, picture] = stepLook(step.kind);
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
