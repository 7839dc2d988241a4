import type { RoundStatus } from '../../db';
import type { MessageKey } from '../../i18n';
import type { PlanText } from './rounds-repo';
import type {
  AgeBand,
  AnswerMode,
  ConversationKind,
  QuestionCategory,
  RatingScale,
  ToolId,
} from './model';

/** The teacher's own preparation per pupil (seeds/001), field by field, with its label. */
export const PLAN_FIELDS = [
  ['focus', 'planFocus'],
  ['message', 'planMessage'],
  ['hearFromPupil', 'planHearPupil'],
  ['hearFromParents', 'planHearParents'],
] as const satisfies readonly (readonly [keyof PlanText, MessageKey])[];

/** Message keys for the round's words, in one place for every screen. */
export const KIND_LABELS: Record<ConversationKind, MessageKey> = {
  kom: 'kindKom',
  kennismaking: 'kindKennismaking',
  studiekeuze: 'kindStudiekeuze',
  own: 'kindOwn',
};
export const KIND_SHORT: Record<ConversationKind, MessageKey> = {
  kom: 'kindShortKom',
  kennismaking: 'kindShortKennismaking',
  studiekeuze: 'kindShortStudiekeuze',
  own: 'kindShortOwn',
};
export const KIND_HINTS: Record<ConversationKind, MessageKey> = {
  kom: 'kindKomHint',
  kennismaking: 'kindKennismakingHint',
  studiekeuze: 'kindStudiekeuzeHint',
  own: 'kindOwnHint',
};
/** The badge of a round: the open one is "the current round" (one at a time per class). */
export const STATUS_LABELS: Record<RoundStatus, MessageKey> = {
  draft: 'roundDraft',
  open: 'roundCurrent',
  closed: 'roundClosed',
};
export const AGE_LABELS: Record<AgeBand, MessageKey> = {
  kleuters: 'ageKleuters',
  onderbouw: 'ageOnderbouw',
  middenbouw: 'ageMiddenbouw',
  bovenbouw: 'ageBovenbouw',
};
export const TOOL_LABELS: Record<ToolId, MessageKey> = {
  portfolio: 'toolPortfolio',
  ratings: 'toolRatings',
  spinnenweb: 'toolSpinnenweb',
  questions: 'toolQuestions',
  vragenpot: 'toolVragenpot',
  circles: 'toolCircles',
  goals: 'toolGoals',
  video: 'toolVideo',
  parentQuestions: 'toolParentQuestions',
};
export const SCALE_LABELS: Record<RatingScale, MessageKey> = {
  'three-steps': 'scaleThreeSteps',
  'five-smileys': 'scaleFiveSmileys',
  thermometer: 'scaleThermometer',
};
export const ANSWER_LABELS: Record<AnswerMode, MessageKey> = {
  spoken: 'answerSpoken',
  typed: 'answerTyped',
  both: 'answerBoth',
};
export const CATEGORY_LABELS: Record<QuestionCategory, MessageKey> = {
  leren: 'categoryLeren',
  trots: 'categoryTrots',
  werkpunten: 'categoryWerkpunten',
  hulp: 'categoryHulp',
  klas: 'categoryKlas',
  thuis: 'categoryThuis',
  gevoel: 'categoryGevoel',
  interesses: 'categoryInteresses',
  toekomst: 'categoryToekomst',
};
