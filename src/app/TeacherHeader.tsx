import { useT } from '../i18n';
import { useAppState } from './state';
import { paths } from './paths';

/** Title and the ways out of the teacher screens: settings, to the class, lock. */
export function TeacherHeader({ title, back }: { title: string; back?: string }) {
  const t = useT();
  const { setTeacherUnlocked } = useAppState();
  return (
    <header class="screen-header">
      <h1>{title}</h1>
      <nav class="actions" aria-label={t('teacherLockTitle')}>
        {back ? (
          <a class="button" href={back}>
            {t('back')}
          </a>
        ) : (
          <a class="button" href={paths.teacherSettings}>
            {t('settingsTitle')}
          </a>
        )}
        <a class="button" href={paths.start}>
          {t('teacherBackToClass')}
        </a>
        <button type="button" class="button" onClick={() => setTeacherUnlocked(false)}>
          {t('teacherLock')}
        </button>
      </nav>
    </header>
  );
}
