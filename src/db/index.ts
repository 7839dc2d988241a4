export { db, PraatpapierDb, DATABASE_NAME } from './database';
export { isQuotaError } from './errors';
export {
  erasePupil,
  eraseRound,
  eraseClass,
  eraseMedia,
  eraseRecordingsOf,
  eraseEverything,
} from './erase';
export { mediaBytes, mediaBytesOf } from './media-bytes';
export {
  readSnapshot,
  existingKeys,
  writeImport,
  backedUpTableNames,
  primaryKeyOf,
  hasOwnId,
  schemaVersion,
  type Scope,
  type TableRows,
  type ImportWrite,
} from './snapshot';
export {
  REGISTRY,
  TABLE_NAMES,
  referencesOf,
  checkRow,
  type TableName,
  type TableScope,
  type TableSpec,
} from './registry';
export { Misfit } from './checks';
export { upgradeTables } from './upgrades';
export * from './vocabulary';
export * from './limits';
export type * from './types';
export type * from './round-types';
export type * from './preparation-types';
export type * from './agreement-types';
export type { StartPupil } from './start-read';
export { useLive, watchLive, shown, type LiveListener, type Answer } from './live';
