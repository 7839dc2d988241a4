import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { PupilRow } from '../../db';
import { getPupil } from '../class';
import { thumbnailsOf } from '../media';
import { useT } from '../../i18n';
import { Avatar } from '../../ui/Avatar';
import { useAppState } from '../../app/state';
import { paths } from '../../app/paths';
import { Redirect } from '../../app/Redirect';
import { IdleSignOut } from './IdleSignOut';

/** The signed-in pupil's own space. The preparation screens of a round open from here. */
export default function PupilHome() {
  const t = useT();
  const { route } = useLocation();
  const { pupilId, signOut, classRow, setTeacherUnlocked } = useAppState();
  const [pupil, setPupil] = useState<PupilRow>();
  const [photo, setPhoto] = useState<Blob>();

  useEffect(() => setTeacherUnlocked(false), []);

  useEffect(() => {
    if (!pupilId) return;
    void getPupil(pupilId).then(async (row) => {
      setPupil(row);
      if (row?.photoMediaId)
        setPhoto((await thumbnailsOf([row.photoMediaId])).get(row.photoMediaId));
    });
  }, [pupilId]);

  if (!pupilId) return <Redirect to={paths.start} />;

  async function leave() {
    await signOut();
    route(paths.start, true);
  }

  return (
    <main class="screen pupil-screen pupil-home">
      {pupil ? (
        <>
          <div class="pupil-hello">
            <Avatar
              drawing={pupil.avatar.drawing}
              colour={pupil.avatar.colour}
              photo={photo}
              size={96}
            />
            <h1>{t('pupilHello', { name: pupil.firstName })}</h1>
          </div>
          <p class="pupil-soon">{t('pupilSoon')}</p>
        </>
      ) : null}
      <div class="actions pupil-done">
        <button type="button" class="button button--primary" onClick={() => void leave()}>
          {t('pupilDone')}
        </button>
      </div>
      <IdleSignOut minutes={classRow?.pupilIdleMinutes ?? 5} onSignOut={() => void leave()} />
    </main>
  );
}
