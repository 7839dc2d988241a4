/**
 * A class as a teacher's tablet holds it after a term, made through the app's own repos, and a
 * dump of the whole database to compare before and after (Blobs as their bytes' SHA-256).
 */
import { createHash } from 'node:crypto';
import { db, type RoundRow } from '../../src/db';
import { addPupil, createClass } from '../../src/features/class';
import { createRound, openRound } from '../../src/features/rounds';
import {
  createPortfolioItem,
  setPortfolioPhoto,
  updatePortfolioItem,
} from '../../src/features/portfolio/portfolio-repo';
import { saveAnswer } from '../../src/features/questions/answers-repo';
import { saveRating } from '../../src/features/ratings/ratings-repo';
import { keepTake } from '../../src/features/video/video-repo';
import { saveAgreements } from '../../src/features/agreements/agreements-repo';
import { appendChunk, beginRecording, finishRecording } from '../../src/features/media/media-repo';

/** `size` bytes that do not compress and differ per `seed`. */
export function noise(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let state = seed * 2654435761 + 1;
  for (let index = 0; index < size; index += 4) {
    state = (state * 1664525 + 1013904223) >>> 0;
    bytes[index] = state & 0xff;
    bytes[index + 1] = (state >>> 8) & 0xff;
    bytes[index + 2] = (state >>> 16) & 0xff;
    bytes[index + 3] = state >>> 24;
  }
  return bytes;
}

/** A recording written chunk by chunk as the recorder does, then kept as the ice-breaker. */
export async function recordVideo(
  pupilId: string,
  round: RoundRow,
  megabytes: number,
  seed: number,
) {
  const id = await beginRecording(pupilId, 'video', 'video/webm;codecs=vp8,opus', {
    purpose: 'icebreaker',
    roundId: round.id,
  });
  const chunk = 1_000_000;
  for (let seq = 0; seq * chunk < megabytes * 1_000_000; seq++)
    await appendChunk(id, seq, new Blob([noise(chunk, seed * 1000 + seq)], { type: 'video/webm' }));
  await finishRecording(id, {
    durationMs: 95_000,
    thumbnail: new Blob([noise(4000, seed)], { type: 'image/jpeg' }),
    width: 640,
    height: 480,
  });
  await keepTake(pupilId, round.id, id);
  return id;
}

export async function classWithWork({ videoMegabytes = 1 } = {}) {
  const classRow = await createClass({ name: 'Groep 7', language: 'nl', region: 'vl' });
  const emma = await addPupil(classRow.id, 'Emma');
  const noah = await addPupil(classRow.id, 'Noah');
  const draft = await createRound(classRow.id, 'kom', 'bovenbouw', 'KOM herfst');
  await openRound(draft.id);
  const round = (await db.rounds.get(draft.id))!;
  for (const [index, pupil] of [emma, noah].entries()) {
    const item = await createPortfolioItem(pupil.id, round.lookBackFrom);
    await updatePortfolioItem(pupil.id, item.id, { title: `Breuken ${index}`, proud: true });
    await setPortfolioPhoto(pupil.id, item.id, {
      blob: new Blob([noise(300_000, 50 + index)], { type: 'image/jpeg' }),
      thumbnail: new Blob([noise(8_000, 60 + index)], { type: 'image/jpeg' }),
      width: 1600,
      height: 1200,
    });
    await saveRating(pupil.id, round.id, round.topics[0]!.id, round.scale, { now: 5, month: 8 });
    await saveAnswer(
      pupil.id,
      round.id,
      { ...round.questions[0]!, source: 'round' },
      { text: 'Ja' },
    );
    await saveAgreements(round.id, pupil.id, {
      items: [{ id: `a${index}`, who: 'pupil', what: 'Elke dag lezen' }],
      tops: 'Fijn',
      tips: '',
    });
    await recordVideo(pupil.id, round, videoMegabytes, index + 1);
  }
  return { classRow, round, emma: emma.id, noah: noah.id };
}

const sha = (bytes: ArrayBuffer) => createHash('sha256').update(Buffer.from(bytes)).digest('hex');

async function plain(value: unknown): Promise<unknown> {
  if (value instanceof Blob)
    return { blob: value.type, bytes: value.size, sha256: sha(await value.arrayBuffer()) };
  if (Array.isArray(value)) return Promise.all(value.map(plain));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      await Promise.all(
        Object.entries(value).map(async ([key, inner]) => [key, await plain(inner)]),
      ),
    );
  return value;
}

/**
 * Every table's rows, sorted by key, Blobs as their bytes' hash. Media bytes are listed per
 * media id (joined chunks), because how they are cut into chunks is the database's business.
 */
export async function dumpDatabase(): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  for (const table of db.tables) {
    if (table.name === 'mediaChunks') continue;
    const rows = await table.toArray();
    const path = table.schema.primKey.keyPath!;
    const keyOf = (row: Record<string, unknown>) =>
      Array.isArray(path) ? path.map((field) => row[field]) : row[path];
    const keyed = await Promise.all(
      rows.map(async (row) => [JSON.stringify(keyOf(row)), await plain(row)] as const),
    );
    result[table.name] = keyed.sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => row);
  }
  const bytes: Record<string, string> = {};
  for (const row of await db.media.toArray()) {
    const chunks = await db.mediaChunks.where('mediaId').equals(row.id).sortBy('seq');
    bytes[row.id] = sha(await new Blob(chunks.map((chunk) => chunk.blob)).arrayBuffer());
  }
  result['mediaBytes'] = bytes;
  return result;
}

/** One hash of everything, chunks included: equal before and after means nothing changed. */
export async function fingerprint(): Promise<string> {
  const dump = await dumpDatabase();
  const chunks = await db.mediaChunks.toArray();
  const chunkHashes = await Promise.all(
    chunks.map(
      async (chunk) => `${chunk.mediaId}/${chunk.seq}/${sha(await chunk.blob.arrayBuffer())}`,
    ),
  );
  return createHash('sha256')
    .update(JSON.stringify(dump))
    .update(chunkHashes.sort().join('\n'))
    .digest('hex');
}
