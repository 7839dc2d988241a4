export { db, PraatpapierDb, DATABASE_NAME } from './database';
export { isQuotaError } from './errors';
export { erasePupil, eraseEverything } from './erase';
export type * from './types';
export type * from './round-types';
export type * from './preparation-types';
export { TEXT_LIMITS, TextTooLongError, refuseLongText } from './limits';
export type * from './agreement-types';
