export * from './access-repo';
export {
  isValidTeacherCode,
  PICTURE_CODE_LENGTH,
  toBase64,
  fromBase64,
  newSalt,
  stretch,
  type Bytes,
} from './secret';
export { afterWrongTry, secondsToWait, FREE_TRIES, NO_LOCKOUT } from './lockout';
export { lockoutOf, recordWrongTry, clearLockout } from './lockout-store';
export type { Lockout } from '../../settings';
