/**
 * Every word the database stores from a fixed list: kinds, scales, tools, circles, avatars, …
 * Each list is defined once, here, next to the rows that store its words; the type is derived
 * from the list, so the screens, the repos and the row checks (registry.ts) can never disagree
 * about which values exist. Order matters where a screen shows a list: it is the order a pupil
 * or teacher meets the words in.
 */

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Netherlands or Flemish wording: groep/oudergesprek against klas/oudercontact. */
export const REGIONS = ['nl', 'vl'] as const;
export type Region = (typeof REGIONS)[number];

/** The pupils' drawings (src/ui/drawings/avatars.tsx draws each) and their backgrounds. */
export const AVATAR_DRAWINGS = [
  'cat',
  'dog',
  'rabbit',
  'owl',
  'fox',
  'bear',
  'frog',
  'turtle',
  'lion',
  'penguin',
  'whale',
  'butterfly',
  'elephant',
  'hedgehog',
  'mouse',
  'ladybug',
] as const;
export type AvatarDrawingId = (typeof AVATAR_DRAWINGS)[number];
/**
 * Light backgrounds (dark outlines keep at least 3:1 on each) that differ in lightness as well
 * as hue, so neighbours stay distinguishable for colour-blind children.
 */
export const AVATAR_COLOURS = [
  '#fde68a',
  '#bfdbfe',
  '#fecaca',
  '#bbf7d0',
  '#e9d5ff',
  '#fed7aa',
  '#a5f3fc',
  '#f5f5f4',
] as const;
export type AvatarColour = (typeof AVATAR_COLOURS)[number];

export const MEDIA_KINDS = ['portrait', 'photo', 'video', 'audio'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];
/**
 * What a recording is for: a pupil's ice-breaker video or spoken answer, or the teacher's own
 * voice reading a question or an instruction of the round aloud (a prompt).
 */
export const MEDIA_PURPOSES = ['icebreaker', 'answer', 'prompt'] as const;
export type MediaPurpose = (typeof MEDIA_PURPOSES)[number];

export const CONVERSATION_KINDS = ['kom', 'kennismaking', 'studiekeuze', 'own'] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];
export const AGE_BANDS = ['kleuters', 'onderbouw', 'middenbouw', 'bovenbouw'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
/** Every tool in the order a pupil meets them on their path. */
export const TOOL_IDS = [
  'portfolio',
  'ratings',
  'spinnenweb',
  'questions',
  'vragenpot',
  'circles',
  'goals',
  'video',
  'parentQuestions',
] as const;
export type ToolId = (typeof TOOL_IDS)[number];
/** Three steps "nog niet / bijna / al", five smileys, or a thermometer 0–10. */
export const RATING_SCALES = ['three-steps', 'five-smileys', 'thermometer'] as const;
export type RatingScale = (typeof RATING_SCALES)[number];
/** The lowest and highest step of each scale (inclusive): the step a rating stores. */
export const SCALE_STEPS: ReadonlyMap<RatingScale, { min: number; max: number }> = new Map([
  // Nog niet · bijna · al.
  ['three-steps', { min: 0, max: 2 }],
  // Five faces, from sad to beaming.
  ['five-smileys', { min: 0, max: 4 }],
  ['thermometer', { min: 0, max: 10 }],
]);
export const ANSWER_MODES = ['spoken', 'typed', 'both'] as const;
export type AnswerMode = (typeof ANSWER_MODES)[number];
export const QUESTION_CATEGORIES = [
  'leren',
  'trots',
  'werkpunten',
  'hulp',
  'klas',
  'thuis',
  'gevoel',
  'interesses',
  'toekomst',
] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];
/** A draft is being prepared; pupils see only the open round; closed rounds stay readable. */
export const ROUND_STATUSES = ['draft', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** On my praatpapier (parents see it) · only for my teacher · only for me (never printed). */
export const SHARES = ['parents', 'teacher', 'me'] as const;
export type Share = (typeof SHARES)[number];
/** "Ik kan het nog niet / al bijna / al" (seeds/004). */
export const LEVELS = ['notYet', 'almost', 'can'] as const;
export type Level = (typeof LEVELS)[number];
/** At "al": what the pupil wants next. */
export const LEVEL_NEXTS = ['harder', 'helpOther'] as const;
export type LevelNext = (typeof LEVEL_NEXTS)[number];
export const ANSWER_SOURCES = ['round', 'jar'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];
/** Whom a pupil's own question in the conversation is for. */
export const ASK_TO = ['parents', 'teacher'] as const;
export type AskTo = (typeof ASK_TO)[number];
/** The three circles: thuis, ik, school. */
export const CIRCLE_IDS = ['home', 'me', 'school'] as const;
export type CircleId = (typeof CIRCLE_IDS)[number];
/** Who or what helps me reach a goal (Hattie's "what do I need"). */
export const HELP_KINDS = [
  'explanation',
  'practice',
  'material',
  'pupil',
  'teacher',
  'parents',
  'other',
] as const;
export type HelpKind = (typeof HELP_KINDS)[number];
/** The parts of a praatpapier a pupil can put in the order they want to tell them. */
export const TALK_PARTS = ['portfolio', 'answers', 'ratings', 'circles', 'goals', 'asks'] as const;
export type TalkPart = (typeof TALK_PARTS)[number];
/** Who does what was agreed: the pupil, a parent, or the teacher. */
export const AGREEMENT_WHO = ['pupil', 'parents', 'teacher'] as const;
export type AgreementWho = (typeof AGREEMENT_WHO)[number];
