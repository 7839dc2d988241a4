import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import {
  checkPictureCode,
  checkTeacherCode,
  clearPictureCode,
  hasTeacherCode,
  setPictureCode,
  setTeacherCode,
  setTeacherLockMinutes,
  teacherLockMinutes,
} from '../../src/features/access';
import { addPupil, createClass } from '../../src/features/class';
import { freshDatabase } from './reset';

describe('teacher code', () => {
  beforeEach(freshDatabase);

  it('is stored only as a salted hash and checks right and wrong codes', async () => {
    expect(await hasTeacherCode()).toBe(false);
    await setTeacherCode('4821');
    const row = await db.teacher.get('teacher');
    expect(JSON.stringify(row)).not.toContain('4821');
    expect(row?.code.algorithm).toBe('PBKDF2-SHA-256');
    expect(row?.code.iterations).toBeGreaterThanOrEqual(100_000);
    expect(await checkTeacherCode('4821')).toBe(true);
    expect(await checkTeacherCode('4822')).toBe(false);
    expect(await checkTeacherCode('')).toBe(false);
  });

  it('uses a new salt each time, so equal codes give different hashes', async () => {
    await setTeacherCode('1234');
    const first = (await db.teacher.get('teacher'))!.code;
    await setTeacherCode('1234');
    const second = (await db.teacher.get('teacher'))!.code;
    expect(second.salt).not.toBe(first.salt);
    expect(second.hash).not.toBe(first.hash);
  });

  it('refuses codes that are not 4 to 12 digits', async () => {
    await expect(setTeacherCode('123')).rejects.toThrow(RangeError);
    await expect(setTeacherCode('12a4')).rejects.toThrow(RangeError);
    expect(await hasTeacherCode()).toBe(false);
  });

  it('keeps the lock time, 1 to 60 minutes', async () => {
    await setTeacherCode('1234');
    expect(await teacherLockMinutes()).toBe(5);
    await setTeacherLockMinutes(12);
    expect(await teacherLockMinutes()).toBe(12);
    await expect(setTeacherLockMinutes(0)).rejects.toThrow(RangeError);
    expect(await teacherLockMinutes()).toBe(12);
  });
});

describe('picture code', () => {
  beforeEach(freshDatabase);

  it('checks the three pictures in order', async () => {
    const { id } = await createClass({ name: 'Groep 3', language: 'nl', region: 'nl' });
    const pupil = await addPupil(id, 'Emma');
    expect(await checkPictureCode(pupil.id, [])).toBe(true);
    await setPictureCode(pupil.id, ['sun', 'tree', 'fish']);
    expect(JSON.stringify(await db.pupils.get(pupil.id))).not.toContain('sun');
    expect(await checkPictureCode(pupil.id, ['sun', 'tree', 'fish'])).toBe(true);
    expect(await checkPictureCode(pupil.id, ['tree', 'sun', 'fish'])).toBe(false);
    await clearPictureCode(pupil.id);
    expect((await db.pupils.get(pupil.id))?.pictureCode).toBeUndefined();
  });

  it('refuses a code that is not three pictures', async () => {
    const { id } = await createClass({ name: 'Groep 3', language: 'nl', region: 'nl' });
    const pupil = await addPupil(id, 'Emma');
    await expect(setPictureCode(pupil.id, ['sun', 'tree'])).rejects.toThrow(RangeError);
  });
});
