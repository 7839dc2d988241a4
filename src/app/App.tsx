import { useCallback, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, lazy } from 'preact-iso';
import type { ClassRow } from '../db';
import { I18nProvider, applyDocumentLanguage, loadMessages, makeI18n, type I18n } from '../i18n';
import { readSetting } from '../settings';
import { StartScreen } from '../features/start/StartScreen';
import { AppStateProvider, loadSnapshot, useAppState, type AppSnapshot } from './state';
import { paths } from './paths';
import { Redirect } from './Redirect';
import { UpdateBanner } from './UpdateBanner';
import { runAction } from './action';
import { AreaBoundary } from './AreaBoundary';
import { ProblemNotice } from './ProblemNotice';

// Everything but the start screen is its own chunk: the start screen must be quick on a cheap
// tablet, and a pupil never needs the teacher's screens.
const loadSetup = () => import('../features/setup/SetupScreen');
const SetupScreen = lazy(loadSetup);
const PupilHome = lazy(() => import('../features/pupil-home/PupilHome'));
const TeacherScreens = lazy(() => import('../features/teacher/TeacherArea'));
const ResetScreen = lazy(() => import('../features/teacher/ResetScreen'));

export interface BootState {
  snapshot: AppSnapshot;
  i18n: I18n;
}

export async function i18nFor(classRow: ClassRow | null): Promise<I18n> {
  const language = classRow?.language ?? (await readSetting('language'));
  const region = classRow?.region ?? (await readSetting('region'));
  const i18n = makeI18n(language, region, await loadMessages(language, region));
  applyDocumentLanguage(language, region);
  return i18n;
}

export async function boot(): Promise<BootState> {
  // On the first run the setup screen loads while Dexie makes the database.
  const snapshot = await loadSnapshot({ keepPupils: true, onFirstRun: () => void loadSetup() });
  return { snapshot, i18n: await i18nFor(snapshot.classRow) };
}

export function App({ initial }: { initial: BootState }) {
  const [i18n, setI18n] = useState(initial.i18n);
  const onClassChange = useCallback((classRow: ClassRow | null) => {
    runAction(() => i18nFor(classRow).then(setI18n));
  }, []);

  return (
    <I18nProvider value={i18n}>
      <AppStateProvider initial={initial.snapshot} onClassChange={onClassChange}>
        <LocationProvider>
          <ProblemNotice />
          {/* preact-iso's boundary waits for lazy routes; each area has its own for errors. */}
          <ErrorBoundary>
            <Router>
              <Route path={paths.start} component={StartArea} />
              <Route path={paths.setup} component={SetupArea} />
              <Route path={`${paths.pupil}/*`} component={PupilArea} />
              <Route path={paths.pupil} component={PupilArea} />
              <Route path={`${paths.teacher}/*`} component={TeacherArea} />
              <Route path={paths.teacher} component={TeacherArea} />
              <Route path={paths.reset} component={ResetArea} />
              <Route default component={ToStart} />
            </Router>
          </ErrorBoundary>
          {/* Last, so a banner that comes after the first paint moves nothing above it. */}
          <UpdateBanner />
        </LocationProvider>
      </AppStateProvider>
    </I18nProvider>
  );
}

function StartArea() {
  return (
    <AreaBoundary>
      <StartScreen />
    </AreaBoundary>
  );
}

function SetupArea() {
  return (
    <AreaBoundary>
      <SetupScreen />
    </AreaBoundary>
  );
}

/** A pupil whose space broke is signed out: the start screen would send them straight back. */
function PupilArea() {
  const { signOut } = useAppState();
  return (
    <AreaBoundary beforeHome={signOut}>
      <PupilHome />
    </AreaBoundary>
  );
}

function TeacherArea() {
  return (
    <AreaBoundary>
      <TeacherScreens />
    </AreaBoundary>
  );
}

function ResetArea() {
  return (
    <AreaBoundary>
      <ResetScreen />
    </AreaBoundary>
  );
}

function ToStart() {
  return <Redirect to={paths.start} />;
}
