// Types of seed.mjs: each function is its namesake in src/dev/seed.ts, run in the page.
import type { Page } from 'playwright-core';
import type * as Seed from '../../src/dev/seed';

type SeedFunctions = {
  [
    K in keyof typeof Seed as (typeof Seed)[K] extends (...args: never[]) => unknown ? K : never
  ]: (typeof Seed)[K];
};
type Fn<K extends keyof SeedFunctions> = SeedFunctions[K] extends (...args: infer A) => infer R
  ? { args: A; result: R }
  : never;

export const SEED_SCRIPT: string;
export function buildSeed(options?: { outFile?: string }): Promise<string>;
export function seed<K extends keyof SeedFunctions>(
  page: Page,
  name: K,
  ...args: Fn<K>['args']
): Fn<K>['result'];
export const TOOLS: readonly string[];
export function seedClass(
  page: Page,
  url: string,
  options?: Parameters<typeof Seed.seedClass>[0],
): ReturnType<typeof Seed.seedClass>;
export function seedRound(
  page: Page,
  classId: string,
  pupilIds: string[],
  options?: Parameters<typeof Seed.seedRound>[2],
): Promise<string>;
export function seedPreparation(
  page: Page,
  roundId: string,
  pupilIds: string[],
  options?: Parameters<typeof Seed.seedPreparation>[2],
): Promise<void>;
export function seedSignedIn(page: Page, pupilId: string): Promise<void>;
export function seedRecordings(
  page: Page,
  roundId: string,
  pupilIds: string[],
  options?: Parameters<typeof Seed.seedRecording>[2],
): Promise<void>;
