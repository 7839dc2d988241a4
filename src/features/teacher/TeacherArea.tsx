import { useEffect, useState } from 'preact/hooks';
import { Route, Router } from 'preact-iso';
import { teacherLockMinutes } from '../access';
import { useAppState } from '../../app/state';
import { useIdleCountdown } from '../../app/idle';
import { TeacherGate } from './TeacherGate';
import { TeacherHome } from './TeacherHome';
import { PupilEditor } from './PupilEditor';
import { SettingsScreen } from './SettingsScreen';

/** Everything behind the teacher code. It locks again after the teacher's idle time. */
export default function TeacherArea() {
  const { teacherUnlocked, setTeacherUnlocked } = useAppState();
  // Leaving the teacher screens locks them: the next child at the tablet must not walk in.
  useEffect(() => () => setTeacherUnlocked(false), []);
  if (!teacherUnlocked) return <TeacherGate />;
  return (
    <>
      <IdleLock />
      <Router>
        <Route path="/" component={TeacherHome} />
        <Route path="/pupil/:pupilId" component={PupilEditor} />
        <Route path="/settings" component={SettingsScreen} />
        <Route default component={TeacherHome} />
      </Router>
    </>
  );
}

function IdleLock() {
  const { setTeacherUnlocked } = useAppState();
  const [minutes, setMinutes] = useState<number>();
  useEffect(() => void teacherLockMinutes().then(setMinutes), []);
  return minutes ? (
    <IdleLockAfter minutes={minutes} onLock={() => setTeacherUnlocked(false)} />
  ) : null;
}

function IdleLockAfter({ minutes, onLock }: { minutes: number; onLock: () => void }) {
  // No warning: the teacher just types the code again, and nothing is lost by locking.
  useIdleCountdown(minutes * 60_000, 0, onLock);
  return null;
}
