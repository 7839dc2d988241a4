/**
 * The only writer of `clips`: which ice-breaker take a pupil keeps for a round, and who may see
 * it. A new take never replaces the kept one by itself: it waits, finished and saved, until the
 * pupil says "keep this one" (then the old one's bytes go) or "delete it".
 */
import { db, type ClipRow, type MediaRow, type Share } from '../../db';
import { deleteMedia, recordingsFor } from '../media';

export interface ClipState {
  clip: ClipRow;
  kept?: MediaRow;
  /** Finished takes waiting for keep or delete, newest first (a cut-off one included). */
  waiting: MediaRow[];
}

function emptyClip(pupilId: string, roundId: string): ClipRow {
  return { pupilId, roundId, share: 'parents', updatedAt: 0 };
}

export async function clipState(pupilId: string, roundId: string): Promise<ClipState> {
  const [clip, takes] = await Promise.all([
    db.clips.get([pupilId, roundId]),
    recordingsFor(pupilId, roundId, 'icebreaker'),
  ]);
  const row = clip ?? emptyClip(pupilId, roundId);
  return {
    clip: row,
    kept: takes.find((take) => take.id === row.mediaId),
    waiting: takes.filter((take) => take.id !== row.mediaId && take.complete),
  };
}

/** The pupil's clip of a round, as a list of none or one (a preparation's rows). */
export async function clipsOf(pupilId: string, roundId: string): Promise<ClipRow[]> {
  const row = await db.clips.get([pupilId, roundId]);
  return row ? [row] : [];
}

/** Every pupil's clip of a round in one read (class overview, print). */
export function clipsOfRound(roundId: string): Promise<ClipRow[]> {
  return db.clips.where('roundId').equals(roundId).toArray();
}

/** Keeps this take as the round's video; the one kept before is deleted, bytes and all. */
export async function keepTake(pupilId: string, roundId: string, mediaId: string): Promise<void> {
  await db.transaction('rw', db.clips, db.media, db.mediaChunks, async () => {
    const take = await db.media.get(mediaId);
    if (!take || take.pupilId !== pupilId || take.purpose !== 'icebreaker')
      throw new RangeError('no such take');
    const clip = (await db.clips.get([pupilId, roundId])) ?? emptyClip(pupilId, roundId);
    if (clip.mediaId && clip.mediaId !== mediaId) await deleteMedia(clip.mediaId);
    await db.clips.put({ ...clip, mediaId, updatedAt: Date.now() });
  });
}

/**
 * The first video needs no choice: with nothing kept yet, the oldest finished take is kept.
 * Run after a recording is saved and when the session starts (a recovered take), never in a
 * read. Returns the take kept, if any.
 */
export async function keepFirstTake(pupilId: string, roundId: string): Promise<string | undefined> {
  return db.transaction('rw', db.clips, db.media, db.mediaChunks, async () => {
    const state = await clipState(pupilId, roundId);
    const first = state.waiting[0];
    if (state.kept || !first) return undefined;
    await keepTake(pupilId, roundId, first.id);
    return first.id;
  });
}

/** Deletes a take: a waiting one, or the kept one (then there is no video). */
export async function deleteTake(pupilId: string, roundId: string, mediaId: string): Promise<void> {
  await db.transaction('rw', db.clips, db.media, db.mediaChunks, async () => {
    const take = await db.media.get(mediaId);
    if (!take || take.pupilId !== pupilId) return;
    await deleteMedia(mediaId);
    const clip = await db.clips.get([pupilId, roundId]);
    if (clip?.mediaId === mediaId)
      await db.clips.put({ ...clip, mediaId: undefined, updatedAt: Date.now() });
  });
}

export async function setClipShare(pupilId: string, roundId: string, share: Share): Promise<void> {
  await db.transaction('rw', db.clips, async () => {
    const clip = (await db.clips.get([pupilId, roundId])) ?? emptyClip(pupilId, roundId);
    await db.clips.put({ ...clip, share, updatedAt: Date.now() });
  });
}
