/**
 * Parts of the praatpapier that read the same on screen and on paper: the answers, the three
 * circles, the goals with the help asked for, and the questions the pupil wants to ask.
 * Each renders its list only; the caller gives the heading.
 */
import './sheet.css';
import type { AnswerRow, AskRow, CircleRow, GoalRow } from '../../db';
import { CIRCLE_FIELDS, CIRCLE_NAMES, FIELD_NAMES } from '../circles';
import { HELP_NAMES } from '../goals';
import { useT, type MessageKey } from '../../i18n';

export function AnswersPart({ answers }: { answers: AnswerRow[] }) {
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

export function CirclesPart({ circles }: { circles: CircleRow[] }) {
  const t = useT();
  return (
    <div class="sheet-circles">
      {circles.map((circle) => (
        <div key={circle.circle} class={`sheet-circle circle--${circle.circle}`}>
          <p class="sheet-circle-name">{t(CIRCLE_NAMES[circle.circle])}</p>
          <dl>
            {CIRCLE_FIELDS.filter((field) => circle[field].trim()).map((field) => (
              <div key={field}>
                <dt>{t(FIELD_NAMES[field])}</dt>
                <dd>{circle[field]}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </div>
  );
}

export function GoalsPart({ goals }: { goals: GoalRow[] }) {
  const t = useT();
  return (
    <ul class="sheet-goals">
      {goals.map((goal) => (
        <li key={goal.id}>
          <strong>{goal.aim}</strong>
          {goal.nextStep.trim() ? <span> → {goal.nextStep}</span> : null}
          {goal.help.length > 0 ? (
            <span class="sheet-help">
              {' · '}
              {t('sheetHelp', {
                help: goal.help
                  .map((kind) =>
                    kind === 'other' && goal.helpNote.trim()
                      ? goal.helpNote
                      : t(HELP_NAMES[kind] as MessageKey),
                  )
                  .join(', '),
              })}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function AsksPart({ asks }: { asks: AskRow[] }) {
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
