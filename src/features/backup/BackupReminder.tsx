import { useEffect, useState } from 'preact/hooks';
import { isoDay } from '../rounds';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { backupAgeDays, BACKUP_REMINDER_DAYS, lastBackupAt } from './backup-repo';
import { runAction } from '../../app/action';

/** When the last backup of everything was made; a gentle word when it is old or never. */
export function BackupReminder({ link }: { link?: string }) {
  const t = useT();
  const dates = useDates();
  const [last, setLast] = useState<number | null>();
  useEffect(() => runAction(() => lastBackupAt().then(setLast)), []);
  if (last === undefined) return null;
  const age = backupAgeDays(last);
  const old = age === null || age >= BACKUP_REMINDER_DAYS;
  return (
    <div class={old ? 'message message--warn backup-reminder' : 'message backup-reminder'}>
      <p>
        {last === null
          ? t('backupNever')
          : t('backupLast', { date: dates.day(isoDay(new Date(last)), true) })}{' '}
        {age !== null && old ? t('backupOld', { days: age }) : null}
      </p>
      {old ? <p>{t('backupRemind')}</p> : null}
      {link ? (
        <a class="button" href={link}>
          {t('backupOpen')}
        </a>
      ) : null}
    </div>
  );
}
