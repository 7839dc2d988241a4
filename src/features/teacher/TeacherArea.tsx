import { useEffect } from 'preact/hooks';
import { Route, Router } from 'preact-iso';
import { teacherLockMinutes } from '../access';
import { useAppState } from '../../app/state';
import { useIdleCountdown } from '../../app/idle';
import { TeacherGate } from './TeacherGate';
import { TeacherHome } from './TeacherHome';
import { PupilEditor } from './PupilEditor';
import { SettingsScreen } from './SettingsScreen';
import { NewRoundScreen, PupilPlanScreen, RoundEditor } from '../rounds';
import { ClassOverview, PreparationView } from '../preparation';
import { AgreementsScreen } from '../agreements';
import { BackupScreen } from '../backup';
import { ConversationMode } from '../conversation';
import { ParentLetter, PrintScreen } from '../print';
import { VoiceCard, VoiceScreen } from '../voice';
import { TeacherMessages } from '../../i18n/teacher-messages';
import { useLive } from '../../db';

/** Everything behind the teacher code. It locks again after the teacher's idle time. */
export default function TeacherArea() {
  const { teacherUnlocked, setTeacherUnlocked } = useAppState();
  // A new idle time from the settings applies at once.
  const lockMinutes = useLive(() => teacherLockMinutes(), []);
  // Leaving the teacher screens locks them: the next child at the tablet must not walk in.
  useEffect(() => () => setTeacherUnlocked(false), []);
  if (!teacherUnlocked) return <TeacherGate />;
  // No teacher screen shows before its idle lock is armed.
  if (lockMinutes === undefined) return null;
  return (
    <TeacherMessages>
      <IdleLockAfter minutes={lockMinutes} onLock={() => setTeacherUnlocked(false)} />
      <Router>
        <Route path="/" component={TeacherHome} />
        <Route path="/pupil/:pupilId" component={PupilEditor} />
        <Route path="/settings" component={SettingsScreen} />
        <Route path="/backup" component={BackupScreen} />
        <Route path="/overview" component={ClassOverview} />
        <Route path="/rounds/new" component={NewRoundScreen} />
        <Route path="/rounds/:roundId/pupil/:pupilId/preparation" component={PreparationView} />
        <Route path="/rounds/:roundId/pupil/:pupilId/agreements" component={AgreementsScreen} />
        <Route path="/rounds/:roundId/pupil/:pupilId/conversation" component={ConversationMode} />
        <Route path="/rounds/:roundId/print" component={PrintScreen} />
        <Route path="/rounds/:roundId/letter" component={ParentLetter} />
        <Route path="/rounds/:roundId/voice" component={VoiceScreen} />
        <Route path="/rounds/:roundId/pupil/:pupilId" component={PupilPlanScreen} />
        <Route path="/rounds/:roundId" component={RoundWithVoice} />
        <Route default component={TeacherHome} />
      </Router>
    </TeacherMessages>
  );
}

function IdleLockAfter({ minutes, onLock }: { minutes: number; onLock: () => void }) {
  // No warning: the teacher just types the code again, and nothing is lost by locking.
  useIdleCountdown(minutes * 60_000, 0, onLock);
  return null;
}

/** The round's settings, with who can hear its questions (rounds cannot import voice: it imports them). */
function RoundWithVoice() {
  return (
    <RoundEditor>
      <VoiceCard />
    </RoundEditor>
  );
}
