export { storageState, requestPersistentStorage, formatBytes } from './storage';
export type { StorageState } from './storage';
