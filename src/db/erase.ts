/**
 * Erasing, as the app calls it. The work (erasing.ts, which walks the table registry) loads
 * when it is first needed: erasing is rare, and the start screen, which every pupil opens many
 * times a day on a cheap tablet, should not wait for its code. The chunk is precached, so it is
 * there offline too. Each call loads it before its transaction opens (a transaction cannot
 * wait for anything but the database).
 */
import { db } from './database';

const erasing = () => import('./erasing');

export const erasePupil = async (pupilId: string) => (await erasing()).erasePupil(pupilId);
export const eraseRound = async (roundId: string) => (await erasing()).eraseRound(roundId);
export const eraseClass = async (classId: string) => (await erasing()).eraseClass(classId);
export const eraseMedia = async (mediaIds: readonly string[]) =>
  (await erasing()).eraseMedia(mediaIds);
export const eraseRecordingsOf = async (pupilId: string) =>
  (await erasing()).eraseRecordingsOf(pupilId);

/**
 * Deletes the whole database (forgotten teacher code, end of the school year). The connection
 * is closed first, or deleteDatabase would wait for it forever.
 */
export async function eraseEverything(): Promise<void> {
  db.close();
  await db.delete();
}
