import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import {
  appendChunk,
  beginRecording,
  deleteMedia,
  finishRecording,
  incompleteRecordings,
  readMediaBlob,
  recoverRecording,
} from '../../src/features/media/media-repo';
import { freshDatabase } from './reset';

const ICEBREAKER = { purpose: 'icebreaker', roundId: 'r1' } as const;
const ANSWER = { purpose: 'answer', roundId: 'r1', questionId: 'q1' } as const;
const chunk = (...bytes: number[]) => new Blob([new Uint8Array(bytes)], { type: 'video/webm' });

describe('recordings written chunk by chunk', () => {
  beforeEach(freshDatabase);

  it('stores every chunk as it comes, counts the bytes, and plays them back in order', async () => {
    const id = await beginRecording('p1', 'video', 'video/webm;codecs=vp8,opus', ICEBREAKER);
    await appendChunk(id, 0, chunk(1, 2, 3));
    await appendChunk(id, 1, chunk(4, 5));
    expect(await db.mediaChunks.where('mediaId').equals(id).count()).toBe(2);
    expect(await db.media.get(id)).toMatchObject({ complete: false, bytes: 5 });
    await appendChunk(id, 2, chunk(6));
    await finishRecording(id, { durationMs: 3000 });
    expect(await db.media.get(id)).toMatchObject({ complete: true, bytes: 6, durationMs: 3000 });
    const blob = await readMediaBlob(id);
    expect(blob?.type).toBe('video/webm;codecs=vp8,opus');
    expect([...new Uint8Array(await blob!.arrayBuffer())]).toEqual([1, 2, 3, 4, 5, 6]);
    await expect(appendChunk(id, 3, chunk(7))).rejects.toThrow(RangeError);
  });

  it('finishes a cut-off recording from its saved chunks, and drops one without any', async () => {
    const cut = await beginRecording('p1', 'video', 'video/webm', ICEBREAKER);
    for (let seq = 0; seq < 4; seq++) await appendChunk(cut, seq, chunk(seq));
    const empty = await beginRecording('p1', 'audio', 'audio/webm', ANSWER);
    expect((await incompleteRecordings('p1')).map((row) => row.id).sort()).toEqual(
      [cut, empty].sort(),
    );
    const recovered = await recoverRecording(cut, 1000);
    expect(recovered).toMatchObject({ complete: true, durationMs: 4000, bytes: 4 });
    expect(recovered?.recoveredAt).toBeGreaterThan(0);
    expect(await recoverRecording(empty, 1000)).toBeUndefined();
    expect(await db.media.get(empty)).toBeUndefined();
    expect(await incompleteRecordings('p1')).toEqual([]);
    expect(recovered).toMatchObject({ purpose: 'icebreaker', roundId: 'r1' });
  });

  it('deleting a recording removes all its chunks', async () => {
    const id = await beginRecording('p1', 'audio', 'audio/webm', ANSWER);
    for (let seq = 0; seq < 5; seq++) await appendChunk(id, seq, chunk(seq));
    await deleteMedia(id);
    expect(await db.mediaChunks.count()).toBe(0);
    expect(await db.media.count()).toBe(0);
  });
});
