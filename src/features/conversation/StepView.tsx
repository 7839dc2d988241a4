import { useEffect, useState } from 'preact/hooks';
import type { Agreement, PupilRow, RoundRow } from '../../db';
import { MediaPlayer, readMediaBlob } from '../media';
import { LEVEL_NAMES } from '../portfolio';
import { AsksPart, GoalsPart } from '../preparation';
import { OUTCOME_NAMES, whoName } from '../agreements';
import { useT } from '../../i18n';
import { useObjectUrl } from '../../ui/use-object-url';
import type { TalkStep } from './talk-steps';
import { TalkRatings } from './TalkRatings';
import { TalkCircles } from './TalkCircles';
import { runAction } from '../../app/action';

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
    case 'portfolio':
      return (
        <>
          {heading(t('sheetPortfolio'))}
          <ul class="talk-portfolio">
            {step.items.map((item) => (
              <li key={item.id} class="talk-item">
                {item.photoMediaId ? <Photo mediaId={item.photoMediaId} /> : null}
                <h3>{item.title || t('portfolioUntitled')}</h3>
                {item.proud ? <p class="talk-proud">{t('proudShort')}</p> : null}
                {item.level ? <p>{t(LEVEL_NAMES[item.level])}</p> : null}
                {item.note.trim() ? <p class="sheet-note">{item.note}</p> : null}
              </li>
            ))}
          </ul>
        </>
      );
    case 'answers':
      return (
        <>
          {heading(t('sheetAnswers'))}
          <dl class="talk-answers">
            {step.answers.map((answer) => (
              <div key={answer.questionId}>
                <dt>{answer.question}</dt>
                <dd>
                  {answer.text.trim() ? <p class="talk-answer">{answer.text}</p> : null}
                  {answer.mediaId ? (
                    <MediaPlayer mediaId={answer.mediaId} kind="audio" label={answer.question} />
                  ) : null}
                  {!answer.text.trim() && !answer.mediaId ? (
                    <p class="talk-answer">{t('answerToldOnSheet')}</p>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </>
      );
    case 'ratings':
      return (
        <>
          {heading(t('sheetRatings'))}
          <TalkRatings ratings={step.ratings} />
        </>
      );
    case 'circles':
      return (
        <>
          {heading(t('sheetCircles'))}
          <TalkCircles circles={step.circles} />
        </>
      );
    case 'goals':
      return (
        <>
          {heading(t('sheetGoals'))}
          <GoalsPart goals={step.goals} />
        </>
      );
    case 'asks':
      return (
        <>
          {heading(t('sheetAsks'))}
          <AsksPart asks={step.asks} />
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

function Photo({ mediaId }: { mediaId: string }) {
  const [blob, setBlob] = useState<Blob>();
  useEffect(() => {
    let current = true;
    runAction(() => readMediaBlob(mediaId).then((found) => current && setBlob(found)));
    return () => {
      current = false;
    };
  }, [mediaId]);
  const url = useObjectUrl(blob);
  return url ? <img class="talk-photo" src={url} alt="" /> : null;
}
