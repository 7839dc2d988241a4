export { db, PraatpapierDb, DATABASE_NAME } from './database';
export { isQuotaError } from './errors';
export { erasePupil, eraseRound, eraseClass, eraseEverything } from './erase';
export {
  readSnapshot,
  mediaBytes,
  existingKeys,
  writeImport,
  backedUpTables,
  schemaVersion,
  type Scope,
  type TableRows,
  type ImportWrite,
} from './snapshot';
export type * from './types';
export type * from './round-types';
export type * from './preparation-types';
export { TEXT_LIMITS, TextTooLongError, refuseLongText } from './limits';
export type * from './agreement-types';
