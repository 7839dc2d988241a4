/**
 * Device preferences, in idb-keyval's own IndexedDB database 'praatpapier-device' (never the
 * Dexie database): which class this tablet shows, who is signed in, the language and wording to
 * use before a class exists, sign-in lockouts, when the last backup was made and the app's own
 * error log (what went wrong, never what a pupil made). None of it is pupil work, so none of it
 * is in backups.
 * idb-keyval keeps its connection open; `clearDeviceSettings` empties the store so a wipe never
 * waits on it.
 */
import { clear, createStore, get, set, type UseStore } from 'idb-keyval';
import { clearUnsaved } from './unsaved-journal';

export interface Lockout {
  failures: number;
  /** Epoch ms until which sign-in is refused. */
  until: number;
}

export interface DeviceSettings {
  currentClassId: string | null;
  signedInPupilId: string | null;
  language: 'nl' | 'en';
  region: 'nl' | 'vl';
  /** Wrong picture-code tries per pupil id. */
  lockouts: Record<string, Lockout>;
  /** When the teacher last made a backup of everything on this tablet (epoch ms). */
  lastBackupAt: number | null;
  /** The last errors the app met, for the teacher to read and pass on (app/error-log.ts). */
  errorLog: ErrorLogEntry[];
}

/** One error the app met: when, in which version and where; never what a pupil made. */
export interface ErrorLogEntry {
  /** Epoch ms. */
  at: number;
  version: string;
  /** The route without ids, or the area's name. */
  screen: string;
  /** The error's name and first line, capped. */
  message: string;
}

export const DEFAULT_SETTINGS: DeviceSettings = {
  currentClassId: null,
  signedInPupilId: null,
  language: 'nl',
  region: 'nl',
  lockouts: {},
  lastBackupAt: null,
  errorLog: [],
};

export type SettingKey = keyof DeviceSettings;

let store: UseStore | undefined;
function deviceStore(): UseStore {
  store ??= createStore('praatpapier-device', 'settings');
  return store;
}

export async function readSetting<K extends SettingKey>(key: K): Promise<DeviceSettings[K]> {
  const value = await get<DeviceSettings[K]>(key, deviceStore());
  return value ?? DEFAULT_SETTINGS[key];
}

export async function writeSetting<K extends SettingKey>(
  key: K,
  value: DeviceSettings[K],
): Promise<void> {
  await set(key, value, deviceStore());
}

export async function clearDeviceSettings(): Promise<void> {
  clearUnsaved();
  await clear(deviceStore());
}
