/**
 * The first run's one write: the class and the teacher's code together, in one transaction, so
 * an interrupted setup never leaves a class without a code or a code without a class.
 */
import { db } from '../../db';
import { createClass, type NewClass } from '../class';
import { hashTeacherCode, storeTeacherCode } from '../access';
import { writeSetting } from '../../settings';

export async function completeSetup(input: NewClass & { teacherCode: string }): Promise<string> {
  // Hash first: a transaction must not wait on anything but the database.
  const secret = await hashTeacherCode(input.teacherCode);
  const classRow = await db.transaction('rw', db.classes, db.teacher, async () => {
    const created = await createClass(input);
    await storeTeacherCode(secret);
    return created;
  });
  await writeSetting('currentClassId', classRow.id);
  return classRow.id;
}
