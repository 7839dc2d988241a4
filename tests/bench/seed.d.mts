// Types of seed.mjs, for the browser tests that seed a whole class as the benchmarks do.
import type { Page } from 'playwright-core';

export function seedClass(
  page: Page,
  url: string,
  options?: { pupils?: number; photos?: boolean },
): Promise<{ classId: string; pupilIds: string[] }>;
export function seedRound(page: Page, classId: string, pupilIds: string[]): Promise<string>;
export const TOOLS: readonly string[];
export function seedPreparation(
  page: Page,
  roundId: string,
  pupilIds: string[],
  options?: { items?: number; photos?: boolean; clips?: boolean },
): Promise<void>;
export function seedSignedIn(page: Page, pupilId: string): Promise<void>;
export function seedRecordings(
  page: Page,
  roundId: string,
  pupilIds: string[],
  options?: { megabytes?: number },
): Promise<void>;
