/**
 * The one Dexie database of Praatpapier, named 'praatpapier', in the browser's IndexedDB on
 * this device. It holds everything pupils and the teacher make: the class, pupils, the
 * teacher's hashed code, conversation rounds, each pupil's preparation, photos and recordings,
 * and what was agreed in each conversation. Device preferences live elsewhere (src/settings, a separate idb-keyval database). Only src/db imports Dexie; features write
 * through their own repo.
 */
import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import { defineVersions } from './schema';
import type { ClassRow, MediaChunkRow, MediaRow, PupilRow, TeacherRow } from './types';
import type { HiddenQuestionRow, OwnQuestionRow, PupilPlanRow, RoundRow } from './round-types';
import type {
  AnswerRow,
  AskRow,
  CircleRow,
  ClipRow,
  GoalRow,
  PortfolioItemRow,
  PupilRoundRow,
  RatingRow,
} from './preparation-types';
import type { AgreementRow } from './agreement-types';

export const DATABASE_NAME = 'praatpapier';

export class PraatpapierDb extends Dexie {
  classes!: EntityTable<ClassRow, 'id'>;
  pupils!: EntityTable<PupilRow, 'id'>;
  teacher!: EntityTable<TeacherRow, 'id'>;
  media!: EntityTable<MediaRow, 'id'>;
  mediaChunks!: Table<MediaChunkRow, [string, number]>;
  rounds!: EntityTable<RoundRow, 'id'>;
  pupilPlans!: Table<PupilPlanRow, [string, string]>;
  ownQuestions!: EntityTable<OwnQuestionRow, 'id'>;
  hiddenQuestions!: Table<HiddenQuestionRow, [string, string]>;
  portfolioItems!: EntityTable<PortfolioItemRow, 'id'>;
  ratings!: Table<RatingRow, [string, string, string]>;
  answers!: Table<AnswerRow, [string, string, string]>;
  asks!: EntityTable<AskRow, 'id'>;
  circles!: Table<CircleRow, [string, string, string]>;
  goals!: EntityTable<GoalRow, 'id'>;
  pupilRounds!: Table<PupilRoundRow, [string, string]>;
  clips!: Table<ClipRow, [string, string]>;
  agreements!: Table<AgreementRow, [string, string]>;

  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    defineVersions(this);
  }
}

export const db = new PraatpapierDb();
