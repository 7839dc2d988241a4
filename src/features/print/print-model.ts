/**
 * What one pupil's printed praatpapier holds: the pupil's preparation cut to one audience
 * (sheet.ts), last round's agreements and how they went, this conversation's agreements (or an
 * empty frame to fill in by hand), and for the teacher's copy the teacher's own preparation and
 * what the pupil marked for the teacher only. Pure: no DOM, no database. Empty parts are left
 * out; the agreements frame never is.
 */
import type { Agreement, AgreementRow, PupilPlanRow, PupilRow, RoundRow } from '../../db';
import { sheetContent, teacherOnlyContent, type SheetContent } from '../preparation';
import type { Audience, Preparation } from '../tool-contract';
import { MIN_RADAR_TOPICS, type RadarData } from '../radar';
import { radarData } from '../ratings';
import { isAgreed, type LookBack } from '../agreements';
import { PLAN_FIELDS, type PlanText } from '../rounds';

/** Empty lines printed in the agreements frame when nothing was agreed yet: one per who. */
export const BLANK_AGREEMENT_LINES = 3;

export interface PrintSheetModel {
  pupil: PupilRow;
  round: RoundRow;
  audience: Audience;
  /** The pupil's time slot (YYYY-MM-DDTHH:mm), when the teacher planned one. */
  slot?: string;
  content: SheetContent;
  /** The spinnenweb of what this audience may see, when there are enough topics to draw it. */
  radar?: RadarData;
  /** Last round's agreements, with how they went. */
  lookBack?: { round: RoundRow; items: Agreement[] };
  /** What was agreed in this conversation; empty: print the frame to fill in by hand. */
  agreements: Agreement[];
  tops: string;
  tips: string;
  /** What the parents answered to the round's questions for parents (on the parents' copy). */
  parentAnswers: { question: string; answer: string }[];
  /** The teacher's notes taken during the talk: only on the teacher's copy. */
  talkNotes?: string;
  /** The teacher's own preparation: only on the teacher's copy, only the fields with text. */
  teacherNotes?: Partial<PlanText>;
  /** What the pupil shared with the teacher and not with the parents: the teacher's copy only. */
  teacherOnly?: SheetContent;
}

/**
 * The blank invulblad, for a pupil who did not prepare on the tablet: the round's questions,
 * topics and circles to write, draw and colour on paper. Without a pupil it has a name line.
 */
export interface BlankSheetModel {
  pupil?: PupilRow;
  round: RoundRow;
  slot?: string;
}

export interface PrintInput {
  pupil: PupilRow;
  preparation: Preparation;
  audience: Audience;
  plan?: PupilPlanRow;
  agreements?: AgreementRow;
  lookBack?: LookBack;
}

function radarOf(content: SheetContent, preparation: Preparation): RadarData | undefined {
  if (!preparation.round.tools.includes('spinnenweb')) return undefined;
  if (content.ratings.length < MIN_RADAR_TOPICS) return undefined;
  const shown = new Set(content.ratings.map((rating) => rating.topicId));
  const topics = preparation.round.topics.filter((topic) => shown.has(topic.id));
  return radarData(
    topics,
    preparation.ratings.filter((row) => shown.has(row.topicId)),
  );
}

function teacherNotesOf(plan: PupilPlanRow | undefined): Partial<PlanText> | undefined {
  if (!plan) return undefined;
  const fields = PLAN_FIELDS.map(([field]) => field).filter((field) => plan[field].trim());
  if (fields.length === 0) return undefined;
  return Object.fromEntries(fields.map((field) => [field, plan[field]]));
}

export function printSheetModel({
  pupil,
  preparation,
  audience,
  plan,
  agreements,
  lookBack,
}: PrintInput): PrintSheetModel {
  const content = sheetContent(preparation, audience);
  return {
    pupil,
    round: preparation.round,
    audience,
    slot: plan?.slot,
    content,
    radar: radarOf(content, preparation),
    lookBack: lookBack ? { round: lookBack.round, items: lookBack.row.items } : undefined,
    agreements: agreements?.items.filter(isAgreed) ?? [],
    tops: agreements?.tops.trim() ?? '',
    tips: agreements?.tips.trim() ?? '',
    teacherNotes: audience === 'teacher' ? teacherNotesOf(plan) : undefined,
    teacherOnly: audience === 'teacher' ? teacherOnlyContent(preparation) : undefined,
    talkNotes: (audience === 'teacher' && agreements?.notes.trim()) || undefined,
    parentAnswers: preparation.round.parentQuestions.flatMap((question) => {
      const answer = plan?.parentAnswers
        .find((given) => given.questionId === question.id)
        ?.text.trim();
      return answer ? [{ question: question.text, answer }] : [];
    }),
  };
}

/**
 * How many writing lines (8 mm each) a parent letter gives each question, so the letter stays on
 * one sheet of A4 and of US Letter, the shorter, whatever the font: about 175 mm is left for
 * the questions once the greeting and the closing are printed, and a question's text takes
 * about 12 mm.
 */
export function letterLines(questionCount: number): 1 | 2 | 3 | 4 {
  const perQuestion = 175 / Math.max(1, questionCount) - 12;
  return Math.min(4, Math.max(1, Math.floor(perQuestion / 8))) as 1 | 2 | 3 | 4;
}
