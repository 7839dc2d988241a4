/**
 * Writes the teacher's code (table `teacher`) and pupils' picture codes (on `pupils`), and
 * checks them. Codes go in as text and are stored only hashed.
 */
import { db, inMinutesRange, MAX_IDLE_MINUTES, type HashedSecret, type TeacherRow } from '../../db';
import {
  PICTURE_CODE_ITERATIONS,
  TEACHER_CODE_ITERATIONS,
  hashSecret,
  isValidTeacherCode,
  pictureCodeText,
  verifySecret,
  PICTURE_CODE_LENGTH,
} from './secret';

export const DEFAULT_TEACHER_LOCK_MINUTES = 5;

export async function hasTeacherCode(): Promise<boolean> {
  return (await db.teacher.get('teacher')) !== undefined;
}

export async function hashTeacherCode(code: string): Promise<HashedSecret> {
  if (!isValidTeacherCode(code)) throw new RangeError('teacher code must be 4 to 12 digits');
  return hashSecret(code, TEACHER_CODE_ITERATIONS);
}

/** Stores an already hashed code (so it can join a transaction; hashing cannot). */
export async function storeTeacherCode(secret: HashedSecret): Promise<void> {
  const existing = await db.teacher.get('teacher');
  const row: TeacherRow = {
    id: 'teacher',
    code: secret,
    lockAfterMinutes: existing?.lockAfterMinutes ?? DEFAULT_TEACHER_LOCK_MINUTES,
    updatedAt: Date.now(),
  };
  await db.teacher.put(row);
}

export async function setTeacherCode(code: string): Promise<void> {
  await storeTeacherCode(await hashTeacherCode(code));
}

export async function checkTeacherCode(code: string): Promise<boolean> {
  const row = await db.teacher.get('teacher');
  if (!row || !isValidTeacherCode(code)) return false;
  return verifySecret(code, row.code);
}

export async function teacherLockMinutes(): Promise<number> {
  return (await db.teacher.get('teacher'))?.lockAfterMinutes ?? DEFAULT_TEACHER_LOCK_MINUTES;
}

export async function setTeacherLockMinutes(minutes: number): Promise<void> {
  if (!inMinutesRange(minutes, MAX_IDLE_MINUTES)) {
    throw new RangeError(`lock time must be 1 to ${MAX_IDLE_MINUTES} minutes`);
  }
  await db.teacher.update('teacher', { lockAfterMinutes: minutes, updatedAt: Date.now() });
}

export async function setPictureCode(pupilId: string, pictures: readonly string[]): Promise<void> {
  if (pictures.length !== PICTURE_CODE_LENGTH)
    throw new RangeError('a picture code has 3 pictures');
  const pictureCode = await hashSecret(pictureCodeText(pictures), PICTURE_CODE_ITERATIONS);
  await db.pupils.update(pupilId, { pictureCode, updatedAt: Date.now() });
}

export async function clearPictureCode(pupilId: string): Promise<void> {
  await db.pupils.update(pupilId, { pictureCode: undefined, updatedAt: Date.now() });
}

export async function checkPictureCode(
  pupilId: string,
  pictures: readonly string[],
): Promise<boolean> {
  const pupil = await db.pupils.get(pupilId);
  if (!pupil) return false;
  if (!pupil.pictureCode) return true;
  return verifySecret(pictureCodeText(pictures), pupil.pictureCode);
}
