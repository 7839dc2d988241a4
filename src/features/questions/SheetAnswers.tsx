import type { AnswerRow, AskRow } from '../../db';
import { useT } from '../../i18n';
import { MediaPlayer } from '../media';

/** The questions with the pupil's answers, on the sheet; a spoken answer is told at the table. */
export function SheetAnswers({ items: answers }: { items: AnswerRow[] }) {
  const t = useT();
  return (
    <dl class="sheet-answers">
      {answers.map((answer) => (
        <div key={answer.questionId}>
          <dt>{answer.question}</dt>
          <dd>{answer.text.trim() ? answer.text : t('answerToldOnSheet')}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The answers in conversation mode: typed ones large, spoken ones to play. */
export function TalkAnswers({ items: answers }: { items: AnswerRow[] }) {
  const t = useT();
  return (
    <dl class="talk-answers">
      {answers.map((answer) => (
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
  );
}

/** What the pupil wants to ask, and whom. */
export function SheetAsks({ items: asks }: { items: AskRow[] }) {
  const t = useT();
  return (
    <ul class="sheet-asks">
      {asks.map((ask) => (
        <li key={ask.id}>
          {t(ask.to === 'parents' ? 'askToParents' : 'askToTeacher')}: {ask.text}
        </li>
      ))}
    </ul>
  );
}
