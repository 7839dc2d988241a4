import { beforeEach, describe, expect, it } from 'vitest';
import { db, eraseRound, erasePupil } from '../../src/db';
import { appendChunk, beginRecording, finishRecording } from '../../src/features/media/media-repo';
import { deletePrompt, keepPrompt, promptsOf } from '../../src/features/voice/voice-repo';
import { backupBlob } from '../../src/features/backup/export-backup';
import { checkBackup } from '../../src/features/backup/check-backup';
import { applyImport } from '../../src/features/backup/apply-import';
import { classWithWork, dumpDatabase, noise } from '../support/backup-world';
import { freshDatabase } from './reset';

/** The teacher speaks `prompt` in: a recording of the round, with no pupil, chunk by chunk. */
async function speak(roundId: string, prompt: string, seed: number) {
  const id = await beginRecording(undefined, 'audio', 'audio/webm;codecs=opus', {
    purpose: 'prompt',
    roundId,
    questionId: prompt,
  });
  await appendChunk(id, 0, new Blob([noise(8_000, seed)], { type: 'audio/webm' }));
  await appendChunk(id, 1, new Blob([noise(8_000, seed + 1)], { type: 'audio/webm' }));
  await finishRecording(id, { durationMs: 2_000 });
  await keepPrompt(roundId, prompt, id);
  return id;
}

describe('the teacher’s voice for a round', () => {
  beforeEach(freshDatabase);

  it('keeps the newest take of each prompt, and only that one’s bytes', async () => {
    const { round } = await classWithWork();
    const first = await speak(round.id, 'kom-1', 1);
    const second = await speak(round.id, 'kom-1', 2);
    const path = await speak(round.id, 'screen-path', 3);
    const prompts = await promptsOf(round.id);
    expect([...prompts].map(([prompt, row]) => [prompt, row.id])).toEqual([
      ['kom-1', second],
      ['screen-path', path],
    ]);
    expect(prompts.get('kom-1')).toMatchObject({ kind: 'audio', bytes: 16_000, durationMs: 2_000 });
    expect(prompts.get('kom-1')?.pupilId).toBeUndefined();
    expect(await db.media.get(first)).toBeUndefined();
    expect(await db.mediaChunks.where('mediaId').equals(first).count()).toBe(0);

    await deletePrompt(round.id, 'kom-1');
    expect([...(await promptsOf(round.id)).keys()]).toEqual(['screen-path']);
    expect(await db.mediaChunks.where('mediaId').equals(second).count()).toBe(0);
  });

  it('stays when a pupil is erased, and goes with the round', async () => {
    const { round, emma } = await classWithWork();
    const id = await speak(round.id, 'kom-1', 1);
    await erasePupil(emma);
    expect(await db.media.get(id)).toBeDefined();
    await eraseRound(round.id);
    expect(await db.media.get(id)).toBeUndefined();
    expect(await db.mediaChunks.where('mediaId').equals(id).count()).toBe(0);
  });

  it('is in a backup of the class, and comes back byte for byte', async () => {
    const { classRow, round } = await classWithWork();
    await speak(round.id, 'kom-1', 1);
    await speak(round.id, 'tile-portfolio', 5);
    const before = await dumpDatabase();
    const file = await backupBlob({
      scope: { kind: 'class', classId: classRow.id },
      scopeInfo: { kind: 'class', name: classRow.name },
    });
    await freshDatabase();
    await applyImport(await checkBackup(file), 'replace');
    expect([...(await promptsOf(round.id)).keys()].sort()).toEqual(['kom-1', 'tile-portfolio']);
    expect(await dumpDatabase()).toEqual(before);
  });
});
