/**
 * Row types of the Praatpapier database. Every pupil-scoped row carries an indexed `pupilId`,
 * ids are `crypto.randomUUID()`, times are epoch milliseconds. What each table holds, and how a
 * row is checked, is in registry.ts; the words of fixed lists are in vocabulary.ts.
 */
import type {
  AvatarColour,
  AvatarDrawingId,
  Language,
  MediaKind,
  MediaPurpose,
  Region,
} from './vocabulary';

/** A code stored as a salted PBKDF2 hash: the code itself is never stored. */
export interface HashedSecret {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
}

export interface ClassRow {
  id: string;
  name: string;
  language: Language;
  region: Region;
  /** A signed-in pupil who does nothing for this long is signed out (after a warning). */
  pupilIdleMinutes: number;
  /** Longest recording a pupil can make; absent means the default (2 minutes). */
  recordingCapMinutes?: number;
  createdAt: number;
  updatedAt: number;
}

export interface AvatarChoice {
  /** One of the built-in drawings (src/ui/drawings). */
  drawing: AvatarDrawingId;
  /** Background colour, one of the built-in colours. */
  colour: AvatarColour;
}

export interface PupilRow {
  id: string;
  classId: string;
  firstName: string;
  avatar: AvatarChoice;
  /** A portrait photo (media row of kind 'portrait') shown instead of the drawing. */
  photoMediaId?: string;
  /** Three pictures out of nine, in order; absent when the pupil signs in with a tap. */
  pictureCode?: HashedSecret;
  /** Archived pupils keep their work but leave the start screen (left the class). */
  archived: boolean;
  createdAt: number;
  updatedAt: number;
}

/** The single row with the teacher's code and lock time (id is always 'teacher'). */
export interface TeacherRow {
  id: 'teacher';
  code: HashedSecret;
  /** Teacher screens lock again after this many idle minutes. */
  lockAfterMinutes: number;
  updatedAt: number;
}

/**
 * What is known about a photo or recording. The bytes live in `mediaChunks`, never here, so
 * lists can load media rows without loading recordings; only the small thumbnail is inline.
 */
export interface MediaRow {
  id: string;
  /** The pupil who made it; absent for the teacher's spoken prompts, which belong to a round. */
  pupilId?: string;
  kind: MediaKind;
  /** The type the encoder or recorder really produced, e.g. 'image/jpeg', 'video/webm'. */
  mimeType: string;
  bytes: number;
  width?: number;
  height?: number;
  durationMs?: number;
  thumbnail?: Blob;
  /** False while a recording is still being written chunk by chunk. */
  complete: boolean;
  /** A recording cut off (closed tab, crash) and finished later from its saved chunks. */
  recoveredAt?: number;
  /**
   * What a recording is for: the round's ice-breaker video, the spoken answer to a question, or
   * the teacher's voice reading a prompt of the round. Written when recording starts, so a
   * cut-off recording finds its place again.
   */
  purpose?: MediaPurpose;
  roundId?: string;
  /** The question answered, or for a prompt what it reads (a question, tile or screen id). */
  questionId?: string;
  createdAt: number;
}

export interface MediaChunkRow {
  mediaId: string;
  seq: number;
  blob: Blob;
}
