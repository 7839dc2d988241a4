import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { UPGRADES } from './upgrades';

/**
 * Every schema version the app has ever shipped, oldest first. Versions are append-only: never
 * edit a shipped one, add the next with a dated comment, an upgrade function when rows change
 * shape, and a migration test in tests/db/ that opens the previous version with data.
 * Only indexed fields are listed; a Blob is never indexed.
 */
export function defineVersions(db: Dexie): void {
  // 2026-11-22, version 1: the class, its pupils, the teacher's code, and media (portraits now;
  // photos and recordings later) with their bytes in chunks.
  db.version(1).stores({
    classes: 'id, createdAt',
    pupils: 'id, classId',
    teacher: 'id',
    media: 'id, pupilId, kind',
    mediaChunks: '[mediaId+seq], mediaId',
  });

  // 2026-11-22, version 2: conversation rounds, the teacher's plan per pupil (slot, focus,
  // message), the teacher's own vragenpot questions and the built-in ones they hid. No rows
  // change shape, so there is no upgrade function.
  db.version(2).stores({
    rounds: 'id, classId',
    pupilPlans: '[roundId+pupilId], roundId, pupilId',
    ownQuestions: 'id, classId',
    hiddenQuestions: '[classId+questionId], classId',
  });

  // 2026-11-22, version 3: the pupil's preparation. Portfolio items belong to the pupil (a round
  // shows those of its look-back window, hence the `day` index); the rest belongs to a round and
  // is read per round for the class overview (`roundId`) and per pupil for their screens.
  // No rows change shape, so there is no upgrade function.
  db.version(3).stores({
    portfolioItems: 'id, pupilId, day',
    ratings: '[pupilId+roundId+topicId], [pupilId+roundId], roundId, pupilId',
    answers: '[pupilId+roundId+questionId], [pupilId+roundId], roundId, pupilId',
    asks: 'id, [pupilId+roundId], roundId, pupilId',
    circles: '[pupilId+roundId+circle], [pupilId+roundId], roundId, pupilId',
    goals: 'id, [pupilId+roundId], roundId, pupilId',
    pupilRounds: '[roundId+pupilId], roundId, pupilId',
  });

  // 2026-11-22, version 4: the ice-breaker video a pupil keeps per round. Recordings are media
  // rows (with what they are for); no rows change shape, so there is no upgrade function.
  db.version(4).stores({
    clips: '[pupilId+roundId], roundId, pupilId',
  });

  // 2026-12-02, version 5: the agreements and the pupil's tops and tips recorded after each
  // conversation, one row per pupil and round; the next round writes each agreement's outcome
  // into the same row. No rows change shape, so there is no upgrade function.
  db.version(5).stores({
    agreements: '[roundId+pupilId], roundId, pupilId',
  });

  // 2026-12-03, version 6: no new tables or indexes; rows change shape (upgrades.ts).
  db.version(6)
    .stores({})
    .upgrade((tx) => upgradeStoredRows(tx, 6));

  // 2026-12-03, version 7: the teacher's spoken prompts are media rows of a round without a
  // pupil; a round finds them (and erasing a round its recordings) by the new roundId index.
  // No rows change shape.
  db.version(7).stores({
    media: 'id, pupilId, kind, roundId',
  });

  // 2026-12-03, version 8: the teacher's notes taken during the talk, on the agreements row of
  // that pupil and round. No new tables or indexes; rows change shape (upgrades.ts).
  db.version(8)
    .stores({})
    .upgrade((tx) => upgradeStoredRows(tx, 8));
}

/** Runs a version's row upgrades over the rows this database holds. */
async function upgradeStoredRows(tx: Transaction, version: number): Promise<void> {
  for (const [table, upgrade] of Object.entries(UPGRADES[version] ?? {}))
    await tx
      .table(table)
      .toCollection()
      .modify((row, ref) => {
        ref.value = upgrade(row);
      });
}
