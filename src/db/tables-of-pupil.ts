/** What belongs to a pupil (and the media's bytes): their registry entries. */
import {
  blob,
  bool,
  day,
  dayAndTime,
  key,
  list,
  oneOf,
  optional,
  record,
  text,
  time,
  visible,
  whole,
} from './checks';
import {
  MAX_AGREEMENTS,
  MAX_NAME_LENGTH,
  MAX_PLAN_TEXT_LENGTH,
  MAX_QUESTION_LENGTH,
  visibleText,
} from './limits';
import {
  AGREEMENT_WHO,
  ANSWER_SOURCES,
  ASK_TO,
  AVATAR_COLOURS,
  AVATAR_DRAWINGS,
  CIRCLE_IDS,
  HELP_KINDS,
  LEVEL_NEXTS,
  LEVELS,
  MEDIA_KINDS,
  MEDIA_PURPOSES,
  RATING_SCALES,
  TALK_PARTS,
} from './vocabulary';
import type { Agreement } from './agreement-types';
import type { ParentAnswer } from './round-types';
import {
  share,
  plainText,
  shortText,
  hashedSecret,
  rating,
  ofPupilInRound,
  inScale,
} from './table-fields';
import type { RowOf, TableSpec } from './table-spec';

export type PupilTableName =
  | 'pupils'
  | 'media'
  | 'mediaChunks'
  | 'pupilPlans'
  | 'portfolioItems'
  | 'ratings'
  | 'answers'
  | 'asks'
  | 'circles'
  | 'goals'
  | 'pupilRounds'
  | 'clips'
  | 'agreements';

export const PUPIL_TABLES: { readonly [T in PupilTableName]: TableSpec<RowOf<T>> } = {
  pupils: {
    scope: 'pupil',
    belongsTo: { classId: 'classes' },
    uses: { photoMediaId: 'media' },
    shape: {
      id: key,
      classId: key,
      firstName: visible(MAX_NAME_LENGTH, visibleText),
      avatar: record({ drawing: oneOf(AVATAR_DRAWINGS), colour: oneOf(AVATAR_COLOURS) }),
      photoMediaId: optional(key),
      pictureCode: optional(hashedSecret),
      archived: bool,
      createdAt: time,
      updatedAt: time,
    },
  },
  // A pupil's photos and recordings, and the teacher's spoken prompts of a round (no pupil).
  media: {
    scope: 'pupil',
    belongsTo: { pupilId: 'pupils', roundId: 'rounds' },
    shape: {
      id: key,
      pupilId: optional(key),
      kind: oneOf(MEDIA_KINDS),
      mimeType: text(100, /^[a-z]+\/[\w.+-]+(;[\w=.,+ -]*)?$/, 'image/jpeg'),
      bytes: whole(0, Number.MAX_SAFE_INTEGER),
      width: optional(whole(1, 100_000)),
      height: optional(whole(1, 100_000)),
      durationMs: optional(whole(0, 24 * 3_600_000)),
      thumbnail: optional(blob),
      complete: bool,
      recoveredAt: optional(time),
      purpose: optional(oneOf(MEDIA_PURPOSES)),
      roundId: optional(key),
      questionId: optional(key),
      createdAt: time,
    },
  },
  mediaChunks: {
    scope: 'pupil',
    belongsTo: { mediaId: 'media' },
    inBackup: false,
    shape: { mediaId: key, seq: whole(0, 10_000_000), blob },
  },
  pupilPlans: {
    scope: 'pupil',
    belongsTo: ofPupilInRound,
    shape: {
      roundId: key,
      pupilId: key,
      slot: optional(dayAndTime),
      focus: text(MAX_PLAN_TEXT_LENGTH),
      message: text(MAX_PLAN_TEXT_LENGTH),
      hearFromPupil: text(MAX_PLAN_TEXT_LENGTH),
      hearFromParents: text(MAX_PLAN_TEXT_LENGTH),
      parentAnswers: list(
        record<ParentAnswer>({ questionId: key, text: text(MAX_PLAN_TEXT_LENGTH) }),
        50,
      ),
      updatedAt: time,
    },
  },
  portfolioItems: {
    scope: 'pupil',
    belongsTo: { pupilId: 'pupils' },
    uses: { photoMediaId: 'media' },
    shape: {
      id: key,
      pupilId: key,
      day,
      title: shortText,
      note: plainText,
      topic: shortText,
      level: optional(oneOf(LEVELS)),
      levelNext: optional(oneOf(LEVEL_NEXTS)),
      proud: bool,
      photoMediaId: optional(key),
      share,
      createdAt: time,
      updatedAt: time,
      deletedAt: optional(time),
    },
  },
  ratings: {
    scope: 'pupil',
    belongsTo: ofPupilInRound,
    rule: inScale,
    shape: {
      pupilId: key,
      roundId: key,
      topicId: key,
      scale: oneOf(RATING_SCALES),
      now: rating,
      month: rating,
      share,
      updatedAt: time,
    },
  },
  answers: {
    scope: 'pupil',
    belongsTo: ofPupilInRound,
    uses: { mediaId: 'media' },
    shape: {
      pupilId: key,
      roundId: key,
      questionId: key,
      source: oneOf(ANSWER_SOURCES),
      question: text(MAX_QUESTION_LENGTH),
      text: plainText,
      mediaId: optional(key),
      told: optional(bool),
      putBack: bool,
      share,
      createdAt: time,
      updatedAt: time,
    },
  },
  asks: {
    scope: 'pupil',
    belongsTo: ofPupilInRound,
    shape: {
      id: key,
      pupilId: key,
      roundId: key,
      to: oneOf(ASK_TO),
      text: plainText,
      share,
      createdAt: time,
      updatedAt: time,
    },
  },
  circles: {
    scope: 'pupil',
    belongsTo: ofPupilInRound,
    shape: {
      pupilId: key,
      roundId: key,
      circle: oneOf(CIRCLE_IDS),
      plus: plainText,
      minus: plainText,
      wonder: plainText,
      goal: plainText,
      need: plainText,
      share,
      updatedAt: time,
    },
  },
  goals: {
    scope: 'pupil',
    belongsTo: ofPupilInRound,
    shape: {
      id: key,
      pupilId: key,
      roundId: key,
      aim: shortText,
      progress: whole(0, 4),
      nextStep: shortText,
      help: list(oneOf(HELP_KINDS), HELP_KINDS.length, { unique: true }),
      helpNote: shortText,
      share,
      createdAt: time,
      updatedAt: time,
    },
  },
  pupilRounds: {
    scope: 'pupil',
    belongsTo: ofPupilInRound,
    shape: {
      roundId: key,
      pupilId: key,
      reviewedAt: optional(time),
      talkOrder: optional(list(oneOf(TALK_PARTS), TALK_PARTS.length, { unique: true })),
      updatedAt: time,
    },
  },
  clips: {
    scope: 'pupil',
    belongsTo: ofPupilInRound,
    uses: { mediaId: 'media' },
    shape: { pupilId: key, roundId: key, mediaId: optional(key), share, updatedAt: time },
  },
  agreements: {
    scope: 'pupil',
    belongsTo: ofPupilInRound,
    shape: {
      roundId: key,
      pupilId: key,
      items: list(
        record<Agreement>({
          id: key,
          who: oneOf(AGREEMENT_WHO),
          what: plainText,
          byWhen: optional(day),
          outcome: optional(oneOf(LEVELS)),
        }),
        MAX_AGREEMENTS,
      ),
      tops: plainText,
      tips: plainText,
      notes: plainText,
      updatedAt: time,
    },
  },
};
