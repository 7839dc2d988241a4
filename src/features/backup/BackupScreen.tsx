import { useState } from 'preact/hooks';
import { useLive } from '../../db';
import { listPupils } from '../class';
import { useT } from '../../i18n';
import { useAppState } from '../../app/state';
import { paths } from '../../app/paths';
import { TeacherHeader } from '../../app/TeacherHeader';
import { MakeBackupCard } from './MakeBackupCard';
import { RestoreCard } from './RestoreCard';
import { YearEndCard } from './YearEndCard';
import { ClassesCard } from './ClassesCard';
import { BackupReminder } from './BackupReminder';
import { showRestoredClass } from './backup-repo';

/** Backups: make one, restore one, the classes a backup brought, and the end of the school year. */
export function BackupScreen() {
  const t = useT();
  const { classRow, refresh } = useAppState();
  const classId = classRow?.id;
  const pupils = useLive(async () => (classId ? listPupils(classId) : null), [classId]);
  // When the last backup was made is a device setting, not a stored row the live reads see:
  // the reminder reads it again after a backup or a restore.
  const [version, setVersion] = useState(0);
  if (!classRow || !pupils) return null;
  return (
    <main class="screen teacher-screen">
      <TeacherHeader title={t('backupTitle')} back={paths.teacher} />
      <BackupReminder key={version} />
      <MakeBackupCard
        classRow={classRow}
        pupils={pupils}
        heading={t('backupMake')}
        onMade={() => setVersion((n) => n + 1)}
      />
      <RestoreCard
        onRestored={async ({ newClassIds }) => {
          await showRestoredClass(newClassIds, classRow.id);
          await refresh();
          setVersion((n) => n + 1);
        }}
      />
      <ClassesCard current={classRow} onChanged={refresh} />
      <YearEndCard classRow={classRow} pupils={pupils} />
    </main>
  );
}
