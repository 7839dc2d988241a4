/**
 * Row types of what is agreed at the end of a conversation (schema version 5). They belong to the
 * round of the conversation; the next round reads them back ("Wat hadden we afgesproken?") and
 * stores how it went on the same row, so an agreement and its outcome never drift apart.
 */
import type { AgreementWho, Level } from './vocabulary';

export interface Agreement {
  id: string;
  who: AgreementWho;
  what: string;
  /** By when, an ISO date (YYYY-MM-DD); absent when nobody set one. */
  byWhen?: string;
  /** How it went, answered by the pupil in the next round: nog niet / bijna / gelukt. */
  outcome?: Level;
}

/** The agreements and the pupil's tops and tips of one pupil's conversation. */
export interface AgreementRow {
  roundId: string;
  pupilId: string;
  items: Agreement[];
  /** What went well in the conversation, in the pupil's words. */
  tops: string;
  /** What could be better next time. */
  tips: string;
  /** The teacher's notes, taken during the talk (schema version 8); never on the parents' copy. */
  notes: string;
  updatedAt: number;
}
