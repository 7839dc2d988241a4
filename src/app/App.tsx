import { useCallback, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, lazy } from 'preact-iso';
import type { ClassRow } from '../db';
import { I18nProvider, applyDocumentLanguage, loadMessages, makeI18n, type I18n } from '../i18n';
import { readSetting } from '../settings';
import { StartScreen } from '../features/start/StartScreen';
import { AppStateProvider, loadSnapshot, type AppSnapshot } from './state';
import { paths } from './paths';
import { Redirect } from './Redirect';
import { UpdateBanner } from './UpdateBanner';

// Everything but the start screen is its own chunk: the start screen must be quick on a cheap
// tablet, and a pupil never needs the teacher's screens.
const SetupScreen = lazy(() => import('../features/setup/SetupScreen'));
const PupilHome = lazy(() => import('../features/pupil-home/PupilHome'));
const TeacherArea = lazy(() => import('../features/teacher/TeacherArea'));
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
  const snapshot = await loadSnapshot();
  return { snapshot, i18n: await i18nFor(snapshot.classRow) };
}

export function App({ initial }: { initial: BootState }) {
  const [i18n, setI18n] = useState(initial.i18n);
  const onClassChange = useCallback((classRow: ClassRow | null) => {
    void i18nFor(classRow).then(setI18n);
  }, []);

  return (
    <I18nProvider value={i18n}>
      <AppStateProvider initial={initial.snapshot} onClassChange={onClassChange}>
        <LocationProvider>
          <UpdateBanner />
          <ErrorBoundary>
            <Router>
              <Route path={paths.start} component={StartScreen} />
              <Route path={paths.setup} component={SetupScreen} />
              <Route path={`${paths.pupil}/*`} component={PupilHome} />
              <Route path={paths.pupil} component={PupilHome} />
              <Route path={`${paths.teacher}/*`} component={TeacherArea} />
              <Route path={paths.teacher} component={TeacherArea} />
              <Route path={paths.reset} component={ResetScreen} />
              <Route default component={ToStart} />
            </Router>
          </ErrorBoundary>
        </LocationProvider>
      </AppStateProvider>
    </I18nProvider>
  );
}

function ToStart() {
  return <Redirect to={paths.start} />;
}
