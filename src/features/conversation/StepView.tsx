import type { Agreement, PupilRow, RoundRow } from '../../db';
import { MediaPlayer } from '../media';
import { OUTCOME_NAMES, whoName } from '../agreements';
import { useT } from '../../i18n';
import { TALK_PARTS_BY_ID, type TalkStep } from './talk-steps';

interface StepViewProps {
  step: TalkStep;
  pupil: PupilRow;
  round: RoundRow;
  /** The pupil put nothing on the praatpapier: the welcome says so. */
  emptyTalk: boolean;
}

/** One step of the conversation, big enough to read from across the table. */
export function StepView({ step, pupil, emptyTalk }: StepViewProps) {
  const t = useT();
  const heading = (text: string) => (
    <h2 id="talk-step-heading" tabIndex={-1}>
      {text}
    </h2>
  );
  const part = TALK_PARTS_BY_ID.get(step.kind);
  if (part?.Talk && 'items' in step) {
    const { Talk } = part;
    return (
      <>
        {heading(t(part.names.sheet))}
        <Talk items={step.items} />
      </>
    );
  }
  switch (step.kind) {
    case 'welcome':
      return (
        <>
          {heading(t('talkWelcome', { name: pupil.firstName }))}
          {emptyTalk ? <p>{t('talkEmpty', { name: pupil.firstName })}</p> : null}
          <div class="talk-welcome">
            {step.mediaId ? (
              <MediaPlayer mediaId={step.mediaId} kind="video" label={t('videoMine')} />
            ) : null}
            {step.lookBack.length > 0 ? <LookBack items={step.lookBack} pupil={pupil} /> : null}
          </div>
        </>
      );
    case 'questions':
      return (
        <>
          {heading(t('talkQuestions'))}
          <ol class="talk-questions">
            {step.questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ol>
          {step.focus ? <p class="talk-focus">{t('talkFocus', { focus: step.focus })}</p> : null}
        </>
      );
    case 'end':
      return heading(t('talkEnd'));
  }
}

function LookBack({ items, pupil }: { items: Agreement[]; pupil: PupilRow }) {
  const t = useT();
  return (
    <section class="talk-look-back" aria-labelledby="talk-look-back">
      <h3 id="talk-look-back">{t('lookBackTitle')}</h3>
      <ul class="talk-list">
        {items.map((item) => (
          <li key={item.id}>
            <strong>{whoName(t, item.who, pupil.firstName)}:</strong> {item.what} —{' '}
            {item.outcome ? t(OUTCOME_NAMES[item.outcome]) : t('outcomeNone')}
          </li>
        ))}
      </ul>
    </section>
  );
}
