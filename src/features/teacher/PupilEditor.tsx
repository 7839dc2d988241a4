import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { PupilRow } from '../../db';
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
  const [pupil, setPupil] = useState<PupilRow | null>();
  const pupilId = params['pupilId'] ?? '';
  const reload = () => runAction(() => getPupil(pupilId).then((row) => setPupil(row ?? null)));
  useEffect(reload, [pupilId]);

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
      <NameForm pupil={pupil} onSaved={reload} />
      <section class="card" aria-labelledby="look-heading">
        <h2 id="look-heading">{t('avatarTitle')}</h2>
        <AvatarPicker
          value={pupil.avatar}
          onChange={(avatar) => runAction(() => setPupilAvatar(pupil.id, avatar).then(reload))}
        />
      </section>
      <PortraitPicker pupil={pupil} onChanged={reload} />
      <PictureCodeEditor pupil={pupil} onChanged={reload} />
      <RecordingsCard pupil={pupil} />
      <section class="card actions">
        <button
          type="button"
          class="button"
          onClick={() => runAction(() => setPupilArchived(pupil.id, !pupil.archived).then(reload))}
        >
          {pupil.archived ? t('unarchivePupil') : t('archivePupil')}
        </button>
        <DeletePupil pupil={pupil} onDeleted={() => route(paths.teacher, true)} />
      </section>
    </main>
  );
}

function NameForm({ pupil, onSaved }: { pupil: PupilRow; onSaved: () => void }) {
  const t = useT();
  const [name, setName] = useState(pupil.firstName);
  const [message, setMessage] = useState({ text: '', error: false });

  async function submit(event: Event) {
    event.preventDefault();
    try {
      await renamePupil(pupil.id, name);
      setMessage({ text: t('saved'), error: false });
      onSaved();
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
