import type { RatingScale, Share } from '../../db';

/** One rating as a sheet shows it: its topic and the two steps, on the round's scale. */
export interface SheetRating {
  topicId: string;
  label: string;
  scale: RatingScale;
  now?: number;
  month?: number;
  share: Share;
}
