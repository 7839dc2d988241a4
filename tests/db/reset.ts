import { db } from '../../src/db';

/** A fresh, empty database for each test. */
export async function freshDatabase(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}
