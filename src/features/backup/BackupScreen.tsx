import { useEffect, useState } from 'preact/hooks';
import type { PupilRow } from '../../db';
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
import { runAction } from '../../app/action';

/** Backups: make one, restore one, the classes a backup brought, and the end of the school year. */
export function BackupScreen() {
  const t = useT();
  const { classRow, refresh } = useAppState();
  const [pupils, setPupils] = useState<PupilRow[]>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (classRow) runAction(() => listPupils(classRow.id).then(setPupils));
  }, [classRow, version]);
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
      <ClassesCard key={version} current={classRow} onChanged={refresh} />
      <YearEndCard classRow={classRow} pupils={pupils} />
    </main>
  );
}
