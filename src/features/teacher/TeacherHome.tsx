import { useState } from 'preact/hooks';
import { addPupil, listPupils, PasteNames } from '../class';
import { RoundsSection } from '../rounds';
import { BackupReminder } from '../backup';
import { useT } from '../../i18n';
import { Avatar } from '../../ui/Avatar';
import { useAppState } from '../../app/state';
import { paths } from '../../app/paths';
import { TeacherHeader } from '../../app/TeacherHeader';
import { classInputMessage } from './messages';
import { runAction } from '../../app/action';
import { useLiveOrTold } from '../../app/live-or-told';

/** The class: its pupils, adding pupils, and the way to each pupil's settings. */
export function TeacherHome() {
  const t = useT();
  const { classRow } = useAppState();
  const [showArchived, setShowArchived] = useState(false);
  const classId = classRow?.id;
  // A damaged pupil list is told, not the end of the teacher's home: its links lead to the
  // error log and the backups.
  const pupils =
    useLiveOrTold(
      async () => (classId ? listPupils(classId, { includeArchived: true }) : []),
      [classId],
      [],
    ) ?? [];

  if (!classRow) return null;
  const shown = pupils.filter((pupil) => showArchived || !pupil.archived);
  const archivedCount = pupils.length - pupils.filter((pupil) => !pupil.archived).length;

  return (
    <main class="screen teacher-screen">
      <TeacherHeader title={t('teacherHome') + ': ' + classRow.name} />
      <BackupReminder link={paths.teacherBackup} />
      <RoundsSection classId={classRow.id} />
      <section class="card" aria-labelledby="pupils-heading">
        <h2 id="pupils-heading">{t('pupilsTitle')}</h2>
        {archivedCount > 0 ? (
          <label class="choice">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(event) => setShowArchived(event.currentTarget.checked)}
            />
            {t('showArchived')} ({archivedCount})
          </label>
        ) : null}
        <ul class="pupil-list">
          {shown.map((pupil) => (
            <li key={pupil.id} class="pupil-row">
              <Avatar drawing={pupil.avatar.drawing} colour={pupil.avatar.colour} size={48} />
              <span class="pupil-row-name">{pupil.firstName}</span>
              <span class="pupil-row-badges">
                {pupil.pictureCode ? <span class="badge">{t('hasPictureCode')}</span> : null}
                {pupil.archived ? <span class="badge">{t('archived')}</span> : null}
              </span>
              <a class="button" href={paths.teacherPupil(pupil.id)}>
                {t('editPupil', { name: pupil.firstName })}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section class="card" aria-labelledby="add-heading">
        <h2 id="add-heading">{t('addPupilsTitle')}</h2>
        <AddOnePupil classId={classRow.id} />
        <PasteNames classId={classRow.id} />
      </section>
    </main>
  );
}

function AddOnePupil({ classId }: { classId: string }) {
  const t = useT();
  const [name, setName] = useState('');
  const [error, setError] = useState('');

  async function submit(event: Event) {
    event.preventDefault();
    try {
      await addPupil(classId, name);
      setName('');
      setError('');
    } catch (caught) {
      setError(classInputMessage(t, caught));
    }
  }

  return (
    <form class="add-one" onSubmit={(event) => runAction(() => submit(event))} noValidate>
      <div class="field">
        <label for="add-one-name">{t('addOnePupil')}</label>
        <input
          id="add-one-name"
          value={name}
          autocomplete="off"
          aria-describedby="add-one-error"
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </div>
      <p id="add-one-error" role="alert" class="field-error">
        {error}
      </p>
      <button type="submit" class="button">
        {t('addNames')}
      </button>
    </form>
  );
}
