import { useLive } from '../../db';
import { useT } from '../../i18n';
import { paths } from '../../app/paths';
import { listRounds } from './rounds-repo';
import { STATUS_LABELS } from './labels';

/** On the teacher's home: the open round, drafts and earlier rounds, and a new one. */
export function RoundsSection({ classId }: { classId: string }) {
  const t = useT();
  const rounds = useLive(() => listRounds(classId), [classId]);
  if (!rounds) return null;
  const open = rounds.find((round) => round.status === 'open');

  return (
    <section class="card" aria-labelledby="rounds-heading">
      <h2 id="rounds-heading">{t('roundsTitle')}</h2>
      {rounds.length === 0 ? <p>{t('roundsNone')}</p> : null}
      <ul class="round-list">
        {rounds.map((round) => (
          <li key={round.id} class="round-row">
            <span class="badge">{t(STATUS_LABELS[round.status])}</span>
            <a href={paths.teacherRound(round.id)}>{round.title}</a>
            <span class="field-hint">
              {round.firstDay} – {round.lastDay}
            </span>
          </li>
        ))}
      </ul>
      <div class="actions">
        <a class="button button--primary" href={paths.teacherNewRound}>
          {t('roundNew')}
        </a>
        {open ? (
          <a class="button" href={paths.teacherOverview}>
            {t('overviewTitle')}
          </a>
        ) : null}
      </div>
    </section>
  );
}
