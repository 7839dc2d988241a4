import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { useLive, type PupilRow } from '../../db';
import { getPupil, renamePupil, setPupilArchived, setPupilAvatar } from '../class';
import { useT } from '../../i18n';
import { paths } from '../../app/paths';
import { TeacherHeader } from '../../app/TeacherHeader';
import { AvatarPicker } from './AvatarPicker';
import { PortraitPicker } from './PortraitPicker';
import { PictureCodeEditor } from './PictureCodeEditor';
import { DeletePupil } from './DeletePupil';
import { RecordingsCard } from './RecordingsCard';
import { classInputMessage } from './messages';
import { runAction } from '../../app/action';

/** One pupil: name, drawing and colour, photo, picture code, archive, delete. */
export function PupilEditor() {
  const t = useT();
  const { params } = useRoute();
  const { route } = useLocation();
  const pupilId = params['pupilId'] ?? '';
  const pupil = useLive(async () => (await getPupil(pupilId)) ?? null, [pupilId]);

  if (pupil === undefined) return null;
  if (pupil === null) {
    return (
      <main class="screen teacher-screen">
        <TeacherHeader title={t('pupilsTitle')} back={paths.teacher} />
      </main>
    );
  }

  return (
    <main class="screen teacher-screen">
      <TeacherHeader title={t('editPupil', { name: pupil.firstName })} back={paths.teacher} />
      <NameForm key={pupil.id} pupil={pupil} />
      <section class="card" aria-labelledby="look-heading">
        <h2 id="look-heading">{t('avatarTitle')}</h2>
        <AvatarPicker
          value={pupil.avatar}
          onChange={(avatar) => runAction(() => setPupilAvatar(pupil.id, avatar))}
        />
      </section>
      <PortraitPicker pupil={pupil} />
      <PictureCodeEditor pupil={pupil} />
      <RecordingsCard pupil={pupil} />
      <section class="card actions">
        <button
          type="button"
          class="button"
          onClick={() => runAction(() => setPupilArchived(pupil.id, !pupil.archived))}
        >
          {pupil.archived ? t('unarchivePupil') : t('archivePupil')}
        </button>
        <DeletePupil pupil={pupil} onDeleted={() => route(paths.teacher, true)} />
      </section>
    </main>
  );
}

/** The name as the teacher types it: loaded once, so a write elsewhere never replaces it. */
function NameForm({ pupil }: { pupil: PupilRow }) {
  const t = useT();
  const [name, setName] = useState(pupil.firstName);
  const [message, setMessage] = useState({ text: '', error: false });

  async function submit(event: Event) {
    event.preventDefault();
    try {
      await renamePupil(pupil.id, name);
      setMessage({ text: t('saved'), error: false });
    } catch (caught) {
      setMessage({ text: classInputMessage(t, caught), error: true });
    }
  }

  return (
    <form class="card" onSubmit={(event) => runAction(() => submit(event))} noValidate>
      <div class="field">
        <label for="pupil-name">{t('firstName')}</label>
        <input
          id="pupil-name"
          value={name}
          autocomplete="off"
          aria-describedby="pupil-name-message"
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </div>
      <p id="pupil-name-message" role="status" class={message.error ? 'field-error' : ''}>
        {message.text}
      </p>
      <button type="submit" class="button button--primary">
        {t('save')}
      </button>
    </form>
  );
}
