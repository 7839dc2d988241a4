/**
 * What a spinnenweb draws: one axis per label, series of points from 0 to 10 (ratings/web-data.ts
 * makes them from a pupil's ratings). Pure: no DOM, no database, no chart.js.
 */

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
