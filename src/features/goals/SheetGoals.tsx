import type { GoalRow } from '../../db';
import { useT } from '../../i18n';
import { HELP_NAMES } from './help-names';

/** The goals with their next step and the help asked for: on the sheet and in the talk. */
export function SheetGoals({ items: goals }: { items: GoalRow[] }) {
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
                    kind === 'other' && goal.helpNote.trim() ? goal.helpNote : t(HELP_NAMES[kind]),
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
