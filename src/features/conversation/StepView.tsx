import { useEffect, useState } from 'preact/hooks';
import type { PupilRow, RoundRow } from '../../db';
import { MediaPlayer, readMediaBlob } from '../media';
import { LEVEL_NAMES } from '../portfolio';
import { tenText } from '../ratings';
import { AsksPart, CirclesPart, GoalsPart } from '../preparation';
import { OUTCOME_NAMES, whoName } from '../agreements';
import { useT } from '../../i18n';
import { useObjectUrl } from '../../ui/use-object-url';
import { RatingMark } from '../../ui/RatingMark';
import type { TalkStep } from './talk-steps';
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
        </>
      );
    case 'video':
      return (
        <>
          {heading(t('talkWelcome', { name: pupil.firstName }))}
          <MediaPlayer mediaId={step.mediaId} kind="video" label={t('videoMine')} />
        </>
      );
    case 'lookBack':
      return (
        <>
          {heading(t('lookBackTitle'))}
          <ul class="talk-list">
            {step.items.map((item) => (
              <li key={item.id}>
                <strong>{whoName(t, item.who, pupil.firstName)}:</strong> {item.what} —{' '}
                {item.outcome ? t(OUTCOME_NAMES[item.outcome]) : t('outcomeNone')}
              </li>
            ))}
          </ul>
        </>
      );
    case 'portfolio':
      return (
        <>
          {heading(step.item.title || t('portfolioUntitled'))}
          <div class="talk-portfolio">
            {step.item.photoMediaId ? <Photo mediaId={step.item.photoMediaId} /> : null}
            <div>
              {step.item.proud ? <p class="talk-proud">★ {t('proudShort')}</p> : null}
              {step.item.level ? <p>{t(LEVEL_NAMES[step.item.level])}</p> : null}
              {step.item.note.trim() ? <p class="sheet-note">{step.item.note}</p> : null}
            </div>
          </div>
        </>
      );
    case 'answer':
      return (
        <>
          {heading(step.answer.question)}
          {step.answer.text.trim() ? <p class="talk-answer">{step.answer.text}</p> : null}
          {step.answer.mediaId ? (
            <MediaPlayer mediaId={step.answer.mediaId} kind="audio" label={step.answer.question} />
          ) : null}
          {!step.answer.text.trim() && !step.answer.mediaId ? (
            <p class="talk-answer">{t('answerToldOnSheet')}</p>
          ) : null}
        </>
      );
    case 'ratings':
      return (
        <>
          {heading(t('sheetRatings'))}
          <ul class="talk-ratings">
            {step.ratings.map((rating) => (
              <li key={rating.topicId}>
                <span class="talk-rating-label">{rating.label}</span>
                <RatingMark scale={rating.scale} value={rating.now} tone="now" size={48} />
                <span aria-hidden="true">→</span>
                <RatingMark scale={rating.scale} value={rating.month} tone="month" size={48} />
                <span class="visually-hidden">
                  {t('sheetNowMonth', {
                    now: tenText(rating.scale, rating.now),
                    month: tenText(rating.scale, rating.month),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      );
    case 'circle':
      return (
        <>
          {heading(t('sheetCircles'))}
          <CirclesPart circles={[step.circle]} />
        </>
      );
    case 'goal':
      return (
        <>
          {heading(t('sheetGoals'))}
          <GoalsPart goals={[step.goal]} />
        </>
      );
    case 'asks':
      return (
        <>
          {heading(t('sheetAsks'))}
          <AsksPart asks={step.asks} />
        </>
      );
    case 'end':
      return heading(t('talkEnd'));
  }
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
