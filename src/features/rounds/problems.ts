import type { MessageKey } from '../../i18n';
import type { RoundProblem } from './round-rules';

/** The teacher-facing sentence for each thing a round may not be. */
export const PROBLEM_MESSAGES: Record<RoundProblem, MessageKey> = {
  'title-empty': 'problemTitleEmpty',
  'title-too-long': 'problemTitleTooLong',
  'dates-invalid': 'problemDatesInvalid',
  'dates-order': 'problemDatesOrder',
  'look-back-after-start': 'problemLookBack',
  'minutes-range': 'problemMinutes',
  'too-few-topics': 'problemTooFewTopics',
  'too-many-topics': 'problemTooManyTopics',
  'topic-empty': 'problemTopicEmpty',
  'topic-too-long': 'problemTopicTooLong',
  'topic-duplicate': 'problemTopicDuplicate',
  'question-empty': 'problemQuestionEmpty',
  'question-too-long': 'problemQuestionTooLong',
  'question-duplicate': 'problemQuestionDuplicate',
  'no-tools': 'problemNoTools',
  'slot-outside-round': 'problemSlotOutside',
  'plan-too-long': 'problemPlanTooLong',
};
