import type { RoundAgendaTopic } from '../../db';
import { useT } from '../../i18n';

/** The getting-to-know-you agenda, each topic with what the pupil, the parents and the teacher bring. */
export function AgendaView({ agenda }: { agenda: RoundAgendaTopic[] }) {
  const t = useT();
  return (
    <section class="card" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('agendaTitle')}</h2>
      <ol class="agenda">
        {agenda.map((topic) => (
          <li key={topic.id}>
            <h3>{topic.title}</h3>
            <dl class="agenda-sides">
              <dt>{t('agendaPupil')}</dt>
              <dd>{topic.pupil}</dd>
              <dt>{t('agendaParent')}</dt>
              <dd>{topic.parent}</dd>
              <dt>{t('agendaTeacher')}</dt>
              <dd>{topic.teacher}</dd>
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}
