import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { PupilRow } from '../../db';
import { listPupils } from '../class';
import { thumbnailsOf } from '../media';
import { useT } from '../../i18n';
import { Avatar } from '../../ui/Avatar';
import { useAppState } from '../../app/state';
import { paths } from '../../app/paths';
import { Redirect } from '../../app/Redirect';
import { PictureCodeDialog } from './PictureCodeDialog';
import { runAction } from '../../app/action';

interface Roster {
  pupils: PupilRow[];
  photos: Map<string, Blob>;
}

async function loadRoster(classId: string): Promise<Roster> {
  const pupils = await listPupils(classId);
  const photoIds = pupils.flatMap((pupil) => (pupil.photoMediaId ? [pupil.photoMediaId] : []));
  return { pupils, photos: await thumbnailsOf(photoIds) };
}

/** "Wie ben jij?": the class as big avatars; a pupil taps their own. */
export function StartScreen() {
  const t = useT();
  const { route } = useLocation();
  const { classRow, setupDone, pupilId, signIn, setTeacherUnlocked } = useAppState();
  const [roster, setRoster] = useState<Roster>();
  const [asking, setAsking] = useState<PupilRow>();

  // The class screen is the pupils' screen: the teacher screens are locked whenever it shows.
  useEffect(() => setTeacherUnlocked(false), []);

  useEffect(() => {
    if (!classRow) return;
    let current = true;
    runAction(() => loadRoster(classRow.id).then((next) => current && setRoster(next)));
    return () => {
      current = false;
    };
  }, [classRow]);

  useEffect(() => {
    // The benchmarks measure start-up up to here: the grid is on screen and answers taps.
    if (roster) performance.mark('pp:start-interactive');
  }, [roster]);

  if (!setupDone) return <Redirect to={paths.setup} />;
  if (pupilId) return <Redirect to={paths.pupil} />;

  async function enter(pupil: PupilRow) {
    await signIn(pupil.id);
    route(paths.pupil);
  }

  return (
    <main class="screen pupil-screen start-screen">
      <div class="screen-header">
        <h1>{t('whoAreYou')}</h1>
        <a class="button teacher-link" href={paths.teacher}>
          {t('teacherButton')}
        </a>
      </div>
      {roster && roster.pupils.length === 0 ? <p class="message">{t('startEmpty')}</p> : null}
      <ul class="avatar-grid" aria-label={classRow?.name}>
        {roster?.pupils.map((pupil) => (
          <li key={pupil.id}>
            <button
              type="button"
              class="avatar-button"
              onClick={() => (pupil.pictureCode ? setAsking(pupil) : runAction(() => enter(pupil)))}
            >
              <Avatar
                drawing={pupil.avatar.drawing}
                colour={pupil.avatar.colour}
                photo={pupil.photoMediaId ? roster.photos.get(pupil.photoMediaId) : undefined}
                size={112}
              />
              <span class="avatar-name">{pupil.firstName}</span>
            </button>
          </li>
        ))}
      </ul>
      {asking ? (
        <PictureCodeDialog
          pupil={asking}
          onClose={() => setAsking(undefined)}
          onSuccess={() => runAction(() => enter(asking))}
        />
      ) : null}
    </main>
  );
}
