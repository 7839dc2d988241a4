/**
 * What the spinnenweb draws: one axis per topic of the round, "now" and "over een maand" as
 * points from 0 to 10 whatever the scale, and last round's "now" when it rated the same topics.
 * Pure: no DOM, no database, no chart.js.
 */
import { sameText, type RatingRow } from '../../db';
import { toTen } from '../ratings';

export const MIN_RADAR_TOPICS = 3;

export type SeriesKey = 'now' | 'month' | 'previous';

export interface RadarSeries {
  key: SeriesKey;
  values: (number | null)[];
}

export interface RadarData {
  labels: string[];
  series: RadarSeries[];
  /** Every topic has both now and in a month. */
  complete: boolean;
}

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

export interface RadarSummaryRow {
  label: string;
  values: Partial<Record<SeriesKey, string>>;
}

/** The chart as a table, for screen readers and for anyone who prefers numbers. */
export function radarSummary(data: RadarData, notRated: string): RadarSummaryRow[] {
  return data.labels.map((label, index) => ({
    label,
    values: Object.fromEntries(
      data.series.map((entry) => {
        const value = entry.values[index];
        return [entry.key, value === null || value === undefined ? notRated : String(value)];
      }),
    ),
  }));
}
