import './pupil.css';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { Route, Router, useLocation } from 'preact-iso';
import type { MediaRow, PupilRow, RoundRow } from '../../db';
import { getPupil } from '../class';
import { currentRound, previousRound } from '../rounds';
import { PortfolioItemScreen, PortfolioScreen } from '../portfolio';
import { RatingsScreen } from '../ratings';
import { SpinnenwebScreen } from '../radar';
import { JarScreen, QuestionsScreen } from '../questions';
import { CirclesScreen } from '../circles';
import { GoalsScreen } from '../goals';
import { VideoScreen } from '../video';
import { recoverRecordings } from '../recorder';
import { PupilPath, ShareReview } from '../preparation';
import { PupilVoices } from '../voice';
import { useAppState } from '../../app/state';
import { PupilSessionContext, type PupilSession } from '../../app/pupil-session';
import { paths } from '../../app/paths';
import { Redirect } from '../../app/Redirect';
import { PupilMessages } from '../../i18n/pupil-messages';
import { IdleSignOut } from './IdleSignOut';
import { runAction } from '../../app/action';

interface Loaded {
  pupil: PupilRow;
  round: RoundRow | null;
  previousRound: RoundRow | null;
  recovered: MediaRow[];
}

/** Who is signed in, and the class's current round. */
async function loadSession(pupilId: string, classId: string): Promise<Loaded | null> {
  const pupil = await getPupil(pupilId);
  if (!pupil || pupil.classId !== classId) return null;
  const round = (await currentRound(classId)) ?? null;
  const previous = round ? ((await previousRound(round)) ?? null) : null;
  const recovered = await recoverRecordings(pupil.id);
  return { pupil, round, previousRound: previous, recovered };
}

/** The signed-in pupil's own space: their path and the screens of the current round. */
export default function PupilHome() {
  const { route } = useLocation();
  const { pupilId, signOut, classRow, setTeacherUnlocked } = useAppState();
  const [loaded, setLoaded] = useState<Loaded | null>();
  const [version, setVersion] = useState(0);

  useEffect(() => setTeacherUnlocked(false), []);
  useEffect(() => {
    if (pupilId && classRow) runAction(() => loadSession(pupilId, classRow.id).then(setLoaded));
  }, [pupilId, classRow]);

  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const session = useMemo<PupilSession | null>(
    () => (loaded ? { ...loaded, changed, version } : null),
    [loaded, changed, version],
  );

  if (!pupilId || loaded === null) return <Redirect to={paths.start} />;

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
              <Route path="/portfolio" component={PortfolioScreen} />
              <Route path="/portfolio/:itemId" component={PortfolioItemScreen} />
              <Route path="/ratings" component={RatingsScreen} />
              <Route path="/spinnenweb" component={SpinnenwebScreen} />
              <Route path="/questions" component={QuestionsScreen} />
              <Route path="/vragenpot" component={JarScreen} />
              <Route path="/circles" component={CirclesScreen} />
              <Route path="/goals" component={GoalsScreen} />
              <Route path="/video" component={VideoScreen} />
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
