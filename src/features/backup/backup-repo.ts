/** The backup feature's use of the database and the device: scopes, last backup, wiping. */
import { eraseEverything, type Scope } from '../../db';
import { clearDeviceSettings, readSetting, writeSetting } from '../../settings';
import { listPupils } from '../class';
import type { ScopeInfo } from './format';

/** Makes the file; a backup of everything is remembered as this tablet's last backup. */
export async function makeBackup(
  scope: Scope,
  scopeInfo: ScopeInfo,
  passphrase: string | undefined,
  onProgress: (done: number, total: number) => void,
): Promise<File> {
  // The file's code loads when a file is made: the teacher's home shows the last backup's date
  // from this module, and needs none of it.
  const { backupFile } = await import('./export-backup');
  const file = await backupFile({ scope, scopeInfo, passphrase, onProgress });
  if (scope.kind === 'all') await writeSetting('lastBackupAt', Date.now());
  return file;
}

export const lastBackupAt = () => readSetting('lastBackupAt');

/** After this many days without a backup of everything, the teacher is reminded. */
export const BACKUP_REMINDER_DAYS = 14;

export function backupAgeDays(lastAt: number | null, now = Date.now()): number | null {
  return lastAt === null ? null : Math.floor((now - lastAt) / 86_400_000);
}

/** The end of the school year: everything on this tablet, the device settings too. */
export async function wipeTablet(): Promise<void> {
  await clearDeviceSettings();
  await eraseEverything();
}

/**
 * A tablet just set up (its class has no pupils yet) shows the class a backup brought, so the
 * teacher who restores onto a new tablet sees the class at once.
 */
export async function showRestoredClass(
  newClassIds: readonly string[],
  currentClassId: string | undefined,
): Promise<void> {
  const [first] = newClassIds;
  if (!first) return;
  if (currentClassId && (await listPupils(currentClassId, { includeArchived: true })).length > 0)
    return;
  await writeSetting('currentClassId', first);
}

/** Shows another class of this tablet on the start screen and the teacher screens. */
export function showClass(classId: string): Promise<void> {
  return writeSetting('currentClassId', classId);
}
