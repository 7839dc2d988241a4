/**
 * What a teacher can read aloud in their own voice for a round, and the stable id each recording
 * is kept under: the round's questions and vragenpot questions by their own ids, the path's
 * tiles and each pupil screen's title and instructions by their part. Pure: no database, no DOM.
 */
import type { AgeBand, RoundRow } from '../../db';
import type { MessageKey } from '../../i18n';

export type PromptGroup = 'screens' | 'tiles' | 'questions' | 'jar' | 'topics';

export interface Prompt {
  id: string;
  group: PromptGroup;
  /** What is read aloud: what the device's voice would read, and what the teacher records. */
  text: string;
}

/** The parts of the pupil's path, each a tile and a screen (the last: what goes to my parents). */
export const PUPIL_PARTS = [
  { part: 'portfolio', title: 'pathToolPortfolio', intro: 'portfolioIntro' },
  { part: 'ratings', title: 'pathToolRatings', intro: 'ratingsIntro' },
  { part: 'spinnenweb', title: 'pathToolSpinnenweb', intro: 'spinnenwebIntro' },
  { part: 'questions', title: 'pathToolQuestions', intro: 'questionsIntro' },
  { part: 'vragenpot', title: 'pathToolVragenpot', intro: 'jarIntro' },
  { part: 'circles', title: 'pathToolCircles', intro: 'circlesIntro' },
  { part: 'goals', title: 'pathToolGoals', intro: 'goalsIntro' },
  { part: 'video', title: 'pathToolVideo', intro: 'videoIntro' },
  { part: 'share', title: 'pathToolShare', intro: 'shareIntro' },
] as const satisfies readonly { part: string; title: MessageKey; intro: MessageKey }[];
export type PupilPart = (typeof PUPIL_PARTS)[number]['part'] | 'path';

export const screenPrompt = (part: PupilPart) => `screen-${part}`;
/** "Ben je er nog?": the warning before an idle pupil is signed out. */
export const IDLE_PROMPT = 'screen-idle';
export const tilePrompt = (part: PupilPart) => `tile-${part}`;
export const topicPrompt = (topicId: string) => `topic-${topicId}`;

/** Children of these ages do not read yet (or not fluently): every text needs a voice. */
export const isNonReaderBand = (band: AgeBand) => band === 'kleuters' || band === 'onderbouw';

/** The screen text read aloud for a part: its title and what to do, as the header shows them. */
export const screenText = (title: string, intro?: string) =>
  [title, intro].filter(Boolean).join('. ');

/**
 * Every prompt of a round, in the order a pupil meets them: the path, then for each part that is
 * on its tile and its screen, then the round's questions, the vragenpot's and the rating topics.
 */
export function roundPrompts(
  round: Pick<RoundRow, 'tools' | 'questions' | 'topics'>,
  jar: readonly { id: string; text: string }[],
  t: (key: MessageKey) => string,
): Prompt[] {
  const parts = PUPIL_PARTS.filter(
    ({ part }) => part === 'share' || round.tools.some((tool) => tool === part),
  );
  return [
    {
      id: screenPrompt('path'),
      group: 'screens',
      text: screenText(t('pathTitle'), t('pathIntro')),
    },
    ...parts.flatMap(({ part, title, intro }): Prompt[] => [
      { id: tilePrompt(part), group: 'tiles', text: t(title) },
      { id: screenPrompt(part), group: 'screens', text: screenText(t(title), t(intro)) },
    ]),
    ...(round.tools.includes('questions') ? round.questions : []).map((question): Prompt => ({
      id: question.id,
      group: 'questions',
      text: question.text,
    })),
    ...(round.tools.includes('vragenpot') ? jar : []).map((question): Prompt => ({
      id: question.id,
      group: 'jar',
      text: question.text,
    })),
    ...(round.tools.includes('ratings') ? round.topics : []).map((topic): Prompt => ({
      id: topicPrompt(topic.id),
      group: 'topics',
      text: topic.label,
    })),
    { id: IDLE_PROMPT, group: 'screens', text: screenText(t('idleTitle'), t('idleStay')) },
  ];
}

export type VoiceState = 'recorded' | 'device' | 'none';

/** Who reads each prompt aloud on this tablet: the teacher's recording, its voice, or nobody. */
export function voiceCheck(
  prompts: readonly Prompt[],
  recorded: ReadonlySet<string>,
  deviceVoice: boolean,
): { states: Map<string, VoiceState>; counts: Record<VoiceState, number> } {
  const states = new Map<string, VoiceState>();
  const counts: Record<VoiceState, number> = { recorded: 0, device: 0, none: 0 };
  for (const prompt of prompts) {
    const state = recorded.has(prompt.id) ? 'recorded' : deviceVoice ? 'device' : 'none';
    states.set(prompt.id, state);
    counts[state]++;
  }
  return { states, counts };
}
