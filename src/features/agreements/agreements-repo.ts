/**
 * The only writer of `agreements`: what the pupil, the parents and the teacher agreed at the end
 * of a conversation, the pupil's tops and tips, and, in the next round, how each agreement went.
 */
import {
  db,
  refuseLongText,
  MAX_AGREEMENTS,
  AGREEMENT_WHO,
  TEXT_LIMITS,
  type Agreement,
  type AgreementRow,
  type AgreementWho,
  type Level,
  type RoundRow,
} from '../../db';
import { previousRound } from '../rounds';

export { MAX_AGREEMENTS, AGREEMENT_WHO };

export class AgreementInputError extends Error {}

export function emptyAgreements(roundId: string, pupilId: string): AgreementRow {
  return { roundId, pupilId, items: [], tops: '', tips: '', notes: '', updatedAt: 0 };
}

export function newAgreement(who: AgreementWho = 'pupil'): Agreement {
  return { id: crypto.randomUUID(), who, what: '' };
}

/** An agreement counts once it says what: empty lines of the form are never printed or asked. */
export const isAgreed = (item: Agreement): boolean => item.what.trim().length > 0;

export async function agreementsOf(roundId: string, pupilId: string): Promise<AgreementRow> {
  return (await db.agreements.get([roundId, pupilId])) ?? emptyAgreements(roundId, pupilId);
}

export function agreementsOfRound(roundId: string): Promise<AgreementRow[]> {
  return db.agreements.where('roundId').equals(roundId).toArray();
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function check(items: readonly Agreement[], tops: string, tips: string): void {
  if (items.length > MAX_AGREEMENTS) throw new AgreementInputError('too many agreements');
  for (const item of items) {
    if (!AGREEMENT_WHO.includes(item.who)) throw new AgreementInputError('unknown who');
    if (item.byWhen !== undefined && !ISO_DAY.test(item.byWhen))
      throw new AgreementInputError('by when is not a date');
    refuseLongText(TEXT_LIMITS.long, item.what);
  }
  refuseLongText(TEXT_LIMITS.long, tops, tips);
}

export type AgreementsForm = Pick<AgreementRow, 'items' | 'tops' | 'tips'> & { notes?: string };

/**
 * Stores the teacher's form. Outcomes are the pupil's, answered in the next round: the form never
 * overwrites them, whatever it still held when it was opened. Without `notes` the stored notes
 * stay (the form of a test or an older screen does not know them).
 */
export async function saveAgreements(
  roundId: string,
  pupilId: string,
  { items, tops, tips, notes }: AgreementsForm,
): Promise<void> {
  check(items, tops, tips);
  if (notes !== undefined) refuseLongText(TEXT_LIMITS.long, notes);
  await db.transaction('rw', db.agreements, async () => {
    const stored = await db.agreements.get([roundId, pupilId]);
    const outcomes = new Map(stored?.items.map((item) => [item.id, item.outcome]));
    await db.agreements.put({
      roundId,
      pupilId,
      items: items.map(({ outcome: _ignored, ...item }) => {
        const outcome = outcomes.get(item.id);
        return outcome ? { ...item, outcome } : item;
      }),
      tops,
      tips,
      notes: notes ?? stored?.notes ?? '',
      updatedAt: Date.now(),
    });
  });
}

/**
 * The teacher's notes during the talk, written into the agreements row of that pupil and round
 * without touching what the agreements screen wrote.
 */
export async function saveTalkNotes(
  roundId: string,
  pupilId: string,
  notes: string,
): Promise<void> {
  refuseLongText(TEXT_LIMITS.long, notes);
  await db.transaction('rw', db.agreements, async () => {
    const row = (await db.agreements.get([roundId, pupilId])) ?? emptyAgreements(roundId, pupilId);
    await db.agreements.put({ ...row, notes, updatedAt: Date.now() });
  });
}

/** The pupil's answer to "Hoe ging het?" for one agreement of an earlier round. */
export async function setAgreementOutcome(
  roundId: string,
  pupilId: string,
  agreementId: string,
  outcome: Level,
): Promise<void> {
  await db.transaction('rw', db.agreements, async () => {
    const row = await db.agreements.get([roundId, pupilId]);
    if (!row?.items.some((item) => item.id === agreementId)) return;
    await db.agreements.put({
      ...row,
      items: row.items.map((item) => (item.id === agreementId ? { ...item, outcome } : item)),
      updatedAt: Date.now(),
    });
  });
}

export interface LookBack {
  round: RoundRow;
  row: AgreementRow;
}

/** Last round's agreements of this pupil, when there were any: "Wat hadden we afgesproken?" */
export async function lookBackFor(pupilId: string, round: RoundRow): Promise<LookBack | undefined> {
  const before = await previousRound(round);
  if (!before) return undefined;
  const row = await db.agreements.get([before.id, pupilId]);
  if (!row?.items.some(isAgreed)) return undefined;
  return { round: before, row: { ...row, items: row.items.filter(isAgreed) } };
}

/** Every pupil's look-back for a round, in two reads (for printing the class). */
export async function lookBacksOfRound(round: RoundRow): Promise<Map<string, LookBack>> {
  const before = await previousRound(round);
  if (!before) return new Map();
  const rows = await agreementsOfRound(before.id);
  return new Map(
    rows
      .filter((row) => row.items.some(isAgreed))
      .map((row) => [
        row.pupilId,
        { round: before, row: { ...row, items: row.items.filter(isAgreed) } },
      ]),
  );
}
