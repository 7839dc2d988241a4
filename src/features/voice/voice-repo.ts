/**
 * The teacher's own voice for a round: each prompt's recording is a media row (audio, purpose
 * 'prompt', no pupil) of the round, written chunk by chunk by the recorder like every
 * recording, found by the round's index, backed up with the round and erased with it.
 */
import { db, eraseMedia, type MediaRow } from '../../db';
import { recoverRecording } from '../media';

const promptRows = (roundId: string) =>
  db.media
    .where('roundId')
    .equals(roundId)
    .filter((row) => row.purpose === 'prompt');

/** The kept recording of every prompt of a round, by prompt id (rows only, never bytes). */
export async function promptsOf(roundId: string): Promise<Map<string, MediaRow>> {
  const rows = (await promptRows(roundId).toArray())
    .filter((row) => row.complete)
    .sort((a, b) => a.createdAt - b.createdAt);
  // The newest take of a prompt wins: an older one is only left when keeping the new one was cut off.
  return new Map(rows.map((row) => [row.questionId ?? '', row]));
}

/** Keeps `mediaId` as the recording of `prompt`: the takes before it go, bytes and all. */
export async function keepPrompt(roundId: string, prompt: string, mediaId: string): Promise<void> {
  const older = await promptRows(roundId)
    .filter((row) => row.questionId === prompt && row.id !== mediaId)
    .primaryKeys();
  if (older.length > 0) await eraseMedia(older);
}

export async function deletePrompt(roundId: string, prompt: string): Promise<void> {
  await eraseMedia(
    await promptRows(roundId)
      .filter((row) => row.questionId === prompt)
      .primaryKeys(),
  );
}

/**
 * Recordings the teacher was making when the tab closed: finished from their chunks, so the
 * part that was spoken is kept (the teacher hears it and records again when it is cut short).
 */
export async function recoverPrompts(roundId: string, chunkMs: number): Promise<void> {
  for (const row of await promptRows(roundId)
    .filter((found) => !found.complete)
    .toArray())
    await recoverRecording(row.id, chunkMs);
}
