import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { StartPupil } from '../../db';
import { useT } from '../../i18n';
import { Avatar } from '../../ui/Avatar';
import { readStartPupils, takePupilsRead, useAppState } from '../../app/state';
import { paths } from '../../app/paths';
import { Redirect } from '../../app/Redirect';
import { runAction } from '../../app/action';
import { afterFirstPaint } from '../../app/after-paint';

/**
 * The picture-code dialog (and with it Dexie and the code checks) loads after the grid: the
 * first paint does not wait for it, and a tap that comes before it has loaded waits for it.
 */
const codeDialog = () => import('./PictureCodeDialog').then((module) => module.PictureCodeDialog);
type CodeDialog = Awaited<ReturnType<typeof codeDialog>>;

/** "Wie ben jij?": the class as big avatars; a pupil taps their own. */
export function StartScreen() {
  const t = useT();
  const { route } = useLocation();
  const { classRow, setupDone, pupilId, signIn, setTeacherUnlocked } = useAppState();
  // The first time, the pupils come with the app's first read; after that they are read again.
  const [roster, setRoster] = useState(() => classRow && takePupilsRead(classRow.id));
  const shownRead = useRef(roster !== undefined);
  const [asking, setAsking] = useState<{ pupil: StartPupil; Dialog: CodeDialog }>();

  // The class screen is the pupils' screen: the teacher screens are locked whenever it shows.
  useEffect(() => setTeacherUnlocked(false), []);

  useEffect(() => {
    if (!classRow) return;
    if (shownRead.current) {
      shownRead.current = false;
      return;
    }
    let current = true;
    runAction(() => readStartPupils(classRow.id).then((next) => current && setRoster(next)));
    return () => {
      current = false;
    };
  }, [classRow]);

  useEffect(() => {
    if (!roster) return;
    // The benchmarks measure start-up up to here: the grid is on screen and answers taps.
    performance.mark('pp:start-interactive');
    if (roster.some((pupil) => pupil.hasPictureCode)) afterFirstPaint(() => void codeDialog());
  }, [roster]);

  if (!setupDone) return <Redirect to={paths.setup} />;
  if (pupilId) return <Redirect to={paths.pupil} />;

  async function enter(pupil: StartPupil) {
    await signIn(pupil.id);
    route(paths.pupil);
  }

  async function tap(pupil: StartPupil) {
    if (!pupil.hasPictureCode) return enter(pupil);
    const Dialog = await codeDialog();
    setAsking({ pupil, Dialog });
  }

  return (
    <main class="screen pupil-screen start-screen">
      <div class="screen-header">
        <h1>{t('whoAreYou')}</h1>
        <a class="button teacher-link" href={paths.teacher}>
          {t('teacherButton')}
        </a>
      </div>
      {roster && roster.length === 0 ? <p class="message">{t('startEmpty')}</p> : null}
      <ul class="avatar-grid" aria-label={classRow?.name}>
        {roster?.map((pupil) => (
          <li key={pupil.id}>
            <button type="button" class="avatar-button" onClick={() => runAction(() => tap(pupil))}>
              <Avatar
                drawing={pupil.drawing}
                colour={pupil.colour}
                photo={pupil.photo}
                size={112}
              />
              <span class="avatar-name">{pupil.firstName}</span>
            </button>
          </li>
        ))}
      </ul>
      {asking ? (
        <asking.Dialog
          pupil={asking.pupil}
          onClose={() => setAsking(undefined)}
          onSuccess={() => runAction(() => enter(asking.pupil))}
        />
      ) : null}
    </main>
  );
}
