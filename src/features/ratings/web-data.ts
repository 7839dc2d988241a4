/**
 * The pupil's ratings as a spinnenweb: one axis per topic of the round, "now" and "over een
 * maand" as points from 0 to 10 whatever the scale, and last round's "now" when it rated the same
 * topics. Pure: no DOM, no database, no chart.js.
 */
import { sameText, type RatingRow } from '../../db';
import type { RadarData, RadarSeries } from '../radar';
import type { SheetRating } from './sheet-rating';
import { toTen } from './scales';

interface Topic {
  id: string;
  label: string;
}

function valueOf(row: RatingRow | undefined, when: 'now' | 'month'): number | null {
  const value = row?.[when];
  return row && value !== undefined ? toTen(row.scale, value) : null;
}

export function radarData(
  topics: readonly Topic[],
  ratings: readonly RatingRow[],
  previous?: { topics: readonly Topic[]; ratings: readonly RatingRow[] },
): RadarData {
  const byTopic = new Map(ratings.map((row) => [row.topicId, row]));
  const now = topics.map((topic) => valueOf(byTopic.get(topic.id), 'now'));
  const month = topics.map((topic) => valueOf(byTopic.get(topic.id), 'month'));
  const series: RadarSeries[] = [
    { key: 'now', values: now },
    { key: 'month', values: month },
  ];
  if (previous) {
    const before = new Map(previous.ratings.map((row) => [row.topicId, row]));
    // A copied round keeps topic ids; a retyped topic keeps only its name.
    const values = topics.map((topic) => {
      const match =
        before.get(topic.id) ??
        before.get(previous.topics.find((old) => sameText(old.label, topic.label))?.id ?? '');
      return valueOf(match, 'now');
    });
    series.push({ key: 'previous', values });
  }
  return {
    labels: topics.map((topic) => topic.label),
    series: series.filter((entry) => entry.values.some((value) => value !== null)),
    complete: now.every((value) => value !== null) && month.every((value) => value !== null),
  };
}

/** The ratings as a sheet holds them, on the 0–10 line the spinnenweb draws. */
export function sheetRatingsRadar(ratings: readonly SheetRating[]): RadarData {
  const values = (when: 'now' | 'month') =>
    ratings.map((rating) => {
      const value = rating[when];
      return value === undefined ? null : toTen(rating.scale, value);
    });
  const now = values('now');
  const month = values('month');
  return {
    labels: ratings.map((rating) => rating.label),
    series: [
      { key: 'now' as const, values: now },
      { key: 'month' as const, values: month },
    ].filter((series) => series.values.some((value) => value !== null)),
    complete: [...now, ...month].every((value) => value !== null),
  };
}
