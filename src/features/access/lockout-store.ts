/**
 * Wrong picture-code tries per pupil, in device settings so a reload does not reset the wait.
 */
import { readSetting, writeSetting, type Lockout } from '../../settings';
import { afterWrongTry, NO_LOCKOUT } from './lockout';

export async function lockoutOf(pupilId: string): Promise<Lockout> {
  return (await readSetting('lockouts'))[pupilId] ?? NO_LOCKOUT;
}

export async function recordWrongTry(pupilId: string, now = Date.now()): Promise<Lockout> {
  const all = { ...(await readSetting('lockouts')) };
  const next = afterWrongTry(all[pupilId] ?? NO_LOCKOUT, now);
  all[pupilId] = next;
  await writeSetting('lockouts', all);
  return next;
}

export async function clearLockout(pupilId: string): Promise<void> {
  const all = { ...(await readSetting('lockouts')) };
  delete all[pupilId];
  await writeSetting('lockouts', all);
}
