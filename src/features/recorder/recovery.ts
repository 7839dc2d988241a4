/**
 * On sign-in, recordings that were cut off (a closed tab, a crash, a reload mid-recording) are
 * finished from the chunks they have, never dropped silently. Each screen then finds its own:
 * the video screen offers a recovered take to keep, an answer takes back its spoken answer.
 */
import type { MediaRow } from '../../db';
import { incompleteRecordings, recoverRecording } from '../media';
import { TIMESLICE_MS } from './format';

export async function recoverRecordings(pupilId: string): Promise<MediaRow[]> {
  const recovered: MediaRow[] = [];
  for (const row of await incompleteRecordings(pupilId)) {
    const done = await recoverRecording(row.id, TIMESLICE_MS);
    if (done) recovered.push(done);
  }
  return recovered;
}
