/**
 * What a round starts with for an age band: which tools are on, the rating scale, spoken or
 * typed answers, and the default rating topics. Pure data; the teacher edits all of it.
 */
import { MAX_TOPICS, MIN_TOPICS, TOOL_IDS } from '../../db';
import type { AgeBand, AnswerMode, Bilingual, RatingScale, ToolId } from './model';

export interface AgeBandDefaults {
  tools: readonly ToolId[];
  scale: RatingScale;
  answerMode: AnswerMode;
}

export const AGE_BAND_DEFAULTS: Record<AgeBand, AgeBandDefaults> = {
  // Kleuters point, tap and speak: no typing anywhere, three steps, a short path.
  kleuters: {
    tools: ['portfolio', 'ratings', 'vragenpot', 'video'],
    scale: 'three-steps',
    answerMode: 'spoken',
  },
  onderbouw: {
    tools: ['portfolio', 'ratings', 'questions', 'vragenpot', 'goals', 'video'],
    scale: 'five-smileys',
    answerMode: 'both',
  },
  middenbouw: {
    tools: [
      'portfolio',
      'ratings',
      'spinnenweb',
      'questions',
      'vragenpot',
      'circles',
      'goals',
      'video',
    ],
    scale: 'five-smileys',
    answerMode: 'both',
  },
  bovenbouw: {
    // Every tool, in the order of the path.
    tools: TOOL_IDS,
    scale: 'thermometer',
    answerMode: 'typed',
  },
};

/** Every tool in the order a pupil meets them on their path. */
export const ALL_TOOLS: readonly ToolId[] = TOOL_IDS;

export interface TopicTemplate {
  id: string;
  label: Bilingual;
}

/**
 * Topics to rate: school subjects (but not only), werkhouding and welbevinden, as the seeds ask.
 * The teacher picks from these or writes their own.
 */
export const TOPIC_SUGGESTIONS: readonly TopicTemplate[] = [
  { id: 'lezen', label: { nl: 'Lezen', en: 'Reading' } },
  { id: 'schrijven', label: { nl: 'Schrijven', en: 'Writing' } },
  { id: 'rekenen', label: { nl: 'Rekenen', en: 'Maths' } },
  { id: 'taal', label: { nl: 'Taal', en: 'Language' } },
  { id: 'wereldorientatie', label: { nl: 'Wereldoriëntatie', en: 'World studies' } },
  { id: 'motivatie', label: { nl: 'Zin om te leren', en: 'Wanting to learn' } },
  { id: 'concentratie', label: { nl: 'Goed opletten', en: 'Paying attention' } },
  { id: 'gedrag', label: { nl: 'Me goed gedragen', en: 'Behaving well' } },
  { id: 'samenwerken', label: { nl: 'Samenwerken', en: 'Working together' } },
  { id: 'zelfstandigheid', label: { nl: 'Zelf aan de slag', en: 'Working on my own' } },
  { id: 'welbevinden', label: { nl: 'Me fijn voelen in de klas', en: 'Feeling good in class' } },
];

/** Kleuters rate fewer, concrete things. */
const KLEUTER_TOPICS: readonly TopicTemplate[] = [
  { id: 'spelen', label: { nl: 'Samen spelen', en: 'Playing together' } },
  { id: 'luisteren', label: { nl: 'Luisteren', en: 'Listening' } },
  {
    id: 'zelf-doen',
    label: { nl: 'Zelf doen (jas, veters)', en: 'Doing it myself (coat, laces)' },
  },
  { id: 'tekenen', label: { nl: 'Tekenen en knutselen', en: 'Drawing and crafts' } },
  { id: 'welbevinden', label: { nl: 'Me fijn voelen in de klas', en: 'Feeling good in class' } },
];

const SCHOOL_DEFAULTS = [
  'lezen',
  'schrijven',
  'rekenen',
  'taal',
  'motivatie',
  'concentratie',
  'samenwerken',
  'welbevinden',
];

/** A valid starting list (3 to 10 topics) for the age band. */
export function defaultTopicsFor(age: AgeBand): readonly TopicTemplate[] {
  if (age === 'kleuters') return KLEUTER_TOPICS;
  return TOPIC_SUGGESTIONS.filter((topic) => SCHOOL_DEFAULTS.includes(topic.id));
}

export function topicSuggestionsFor(age: AgeBand): readonly TopicTemplate[] {
  return age === 'kleuters' ? [...KLEUTER_TOPICS, ...TOPIC_SUGGESTIONS] : TOPIC_SUGGESTIONS;
}

export { MIN_TOPICS, MAX_TOPICS };
export const DEFAULT_LOOK_BACK_WEEKS = 6;
export const DEFAULT_MINUTES_PER_TALK = 20;
