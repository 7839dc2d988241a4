import './pupil.css';
import { useEffect, useState } from 'preact/hooks';
import { Route, Router, useLocation } from 'preact-iso';
import { getPupil } from '../class';
import { currentRound, previousRound } from '../rounds';
import { purgeThrownAway } from '../portfolio';
import { reclaimSpokenAnswers } from '../questions';
import { keepFirstTake } from '../video';
import { recoverRecordings } from '../recorder';
import { PUPIL_TOOLS, PupilPath, ShareReview } from '../preparation';
import { PupilVoices } from '../voice';
import { useAppState } from '../../app/state';
import { PupilSessionContext, type PupilSession } from '../../app/pupil-session';
import { paths } from '../../app/paths';
import { Redirect } from '../../app/Redirect';
import { PupilMessages } from '../../i18n/pupil-messages';
import { IdleSignOut } from './IdleSignOut';
import { runAction } from '../../app/action';

/**
 * Starts the session: who is signed in and the class's current round. Starting a session is
 * also when a cut-off recording is finished (and kept, if it is the first take, or put on its
 * question, if it is a spoken answer) and what was thrown away long enough ago is purged.
 */
async function startSession(pupilId: string, classId: string): Promise<PupilSession | null> {
  const pupil = await getPupil(pupilId);
  if (!pupil || pupil.classId !== classId) return null;
  const round = (await currentRound(classId)) ?? null;
  const previous = round ? ((await previousRound(round)) ?? null) : null;
  const recovered = await recoverRecordings(pupil.id);
  await purgeThrownAway(pupil.id);
  if (round) {
    await keepFirstTake(pupil.id, round.id);
    await reclaimSpokenAnswers(pupil.id, round);
  }
  return { pupil, round, previousRound: previous, recovered };
}

/** Every pupil tool's screens, each loaded when the pupil first opens it. */
const TOOL_ROUTES = PUPIL_TOOLS.flatMap((tool) => tool.routes);

/** The signed-in pupil's own space: their path and the screens of the current round. */
export default function PupilHome() {
  const { route } = useLocation();
  const { pupilId, signOut, classRow, setTeacherUnlocked } = useAppState();
  const [session, setSession] = useState<PupilSession | null>();

  useEffect(() => setTeacherUnlocked(false), []);
  useEffect(() => {
    if (pupilId && classRow) runAction(() => startSession(pupilId, classRow.id).then(setSession));
  }, [pupilId, classRow]);

  if (!pupilId || session === null) return <Redirect to={paths.start} />;

  // Idle sign-out: what the pupil was typing is saved as their screen goes away.
  async function leave() {
    await signOut();
    route(paths.start, true);
  }

  return (
    <PupilMessages>
      <PupilVoices round={session?.round ?? null}>
        {session ? (
          <PupilSessionContext.Provider value={session}>
            <Router>
              <Route path="/" component={PupilPath} />
              {TOOL_ROUTES.map(({ path, screen }) => (
                <Route key={path} path={path} component={screen} />
              ))}
              <Route path="/share" component={ShareReview} />
              <Route default component={ToPath} />
            </Router>
          </PupilSessionContext.Provider>
        ) : null}
        <IdleSignOut
          minutes={classRow?.pupilIdleMinutes ?? 5}
          onSignOut={() => runAction(() => leave())}
        />
      </PupilVoices>
    </PupilMessages>
  );
}

function ToPath() {
  return <Redirect to={paths.pupil} />;
}
