/**
 * What the start screen shows, read with plain IndexedDB in one transaction, without Dexie: the
 * avatar grid is painted from this read before Dexie (and the rest of the app) has loaded.
 * It only reads, and it never creates or upgrades anything: a database that is not there yet,
 * or that has another schema version, is Dexie's to open first (`undefined` says so).
 * Rows are read as stored and checked like every row (checks.ts): the class through its
 * registry shape, a pupil only for what the grid shows, so a damaged row leaves a pupil out,
 * or draws the first animal (ui/own-entry.ts), rather than break the screen.
 */
import { key, record, type Check } from './checks';
import { CLASS_TABLES } from './tables-of-class';
import type { ClassRow } from './types';

/** The version Dexie writes for schema version 8 (Dexie stores ten times `db.verno`). */
export const START_SCHEMA_VERSION = 8;
const DATABASE = 'praatpapier';
/** idb-keyval's database and store of the device settings (src/settings). */
const DEVICE_DATABASE = 'praatpapier-device';
const DEVICE_STORE = 'settings';

/** A pupil as the avatar grid shows them. */
export interface StartPupil {
  id: string;
  firstName: string;
  /** As stored: an unknown drawing or colour draws the first one. */
  drawing: string;
  colour: string;
  photo?: Blob;
  /** The pupil signs in with their picture code (a damaged code still asks for one). */
  hasPictureCode: boolean;
}

export interface StartRead {
  classRow: ClassRow | null;
  /** The teacher's code is set. */
  setupDone: boolean;
  /** The signed-in pupil, when they are still a pupil of the class. */
  pupilId: string | null;
  /** A pupil was signed in who no longer is one: the caller signs them out. */
  staleSignIn: boolean;
  /** The class's pupils who are not archived, in alphabetical order. */
  pupils: StartPupil[];
  /** Stored pupils left out of the grid because their row is damaged (no id or no name). */
  leftOut: number;
}

/** The databases of this origin, where the browser can list them. */
type Listed = IDBDatabaseInfo[] | undefined;

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/**
 * Opens an existing database as it is, or gives `undefined`: a missing one is not created (not
 * even for a moment: an aborted first open would be listed while it runs).
 */
function openExisting(name: string, listed: Listed): Promise<IDBDatabase | undefined> {
  if (listed && !listed.some((info) => info.name === name)) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    // Only a database that does not exist yet upgrades on an open without a version.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const database = request.result;
      database.onversionchange = () => database.close();
      resolve(database);
    };
    request.onerror = (event) => {
      if (request.error?.name !== 'AbortError') return reject(request.error);
      event.preventDefault();
      resolve(undefined);
    };
  });
}

function fits<T>(check: Check<T>, value: unknown): T | undefined {
  try {
    return check.parse(value, 'start');
  } catch {
    return undefined;
  }
}

const classRow = record(CLASS_TABLES.classes.shape);
const own = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, name)
    ? (value as Record<string, unknown>)[name]
    : undefined;
const word = (value: unknown) => (typeof value === 'string' ? value : '');

/** What the grid needs of a stored pupil row; a row without an id or a name is left out. */
function startPupil(row: unknown): (StartPupil & { photoMediaId?: string }) | undefined {
  const id = fits(key, own(row, 'id'));
  const firstName = word(own(row, 'firstName'));
  if (!id || firstName.trim() === '' || own(row, 'archived')) return undefined;
  const avatar = own(row, 'avatar');
  const pictureCode = own(row, 'pictureCode');
  return {
    id,
    firstName,
    drawing: word(own(avatar, 'drawing')),
    colour: word(own(avatar, 'colour')),
    hasPictureCode: pictureCode !== undefined && pictureCode !== null,
    photoMediaId: fits(key, own(row, 'photoMediaId')),
  };
}

/**
 * Names of plain letters, digits and spaces: their order, case aside, is that of their
 * lower-case characters, in the collator's order as much as in code points.
 */
const PLAIN = /^[A-Za-z0-9 ]*$/;

/**
 * Alphabetical order of first names, as features/class's compareNames has it (Dutch, case and
 * accents aside). The collator is made only for names that need it: making it costs more than
 * the rest of the start read on a slow tablet.
 */
export function sortByName<T extends { firstName: string }>(pupils: T[]): T[] {
  if (pupils.every((pupil) => PLAIN.test(pupil.firstName))) {
    const lower = (pupil: T) => pupil.firstName.toLowerCase();
    return pupils.sort((a, b) => (lower(a) < lower(b) ? -1 : lower(a) > lower(b) ? 1 : 0));
  }
  return pupils.sort((a, b) =>
    a.firstName.localeCompare(b.firstName, 'nl', { sensitivity: 'base' }),
  );
}

async function readDeviceSettings(listed: Listed): Promise<{ classId: unknown; pupilId: unknown }> {
  const database = await openExisting(DEVICE_DATABASE, listed);
  if (!database) return { classId: null, pupilId: null };
  try {
    if (!database.objectStoreNames.contains(DEVICE_STORE)) return { classId: null, pupilId: null };
    const store = database.transaction(DEVICE_STORE).objectStore(DEVICE_STORE);
    const [classId, pupilId] = await Promise.all([
      done(store.get('currentClassId')),
      done(store.get('signedInPupilId')),
    ]);
    return { classId, pupilId };
  } finally {
    database.close();
  }
}

/**
 * The start screen's data in one read, or `undefined` when the database is missing or has
 * another schema version (Dexie opens it, and upgrades it, first). The class is `classId`'s,
 * else the one the device settings name, else the first.
 */
export async function readStart(classId?: string): Promise<StartRead | undefined> {
  // Older browsers cannot list them: there the open's own guards do.
  const listed = 'databases' in indexedDB ? await indexedDB.databases() : undefined;
  const version = listed?.find((info) => info.name === DATABASE)?.version;
  if (listed && version !== START_SCHEMA_VERSION * 10) return undefined;
  const [database, settings] = await Promise.all([
    openExisting(DATABASE, listed),
    readDeviceSettings(listed),
  ]);
  if (!database) return undefined;
  try {
    if (database.version !== START_SCHEMA_VERSION * 10) return undefined;
    const tx = database.transaction(['classes', 'teacher', 'pupils', 'media']);
    const [classRows, teacherKey] = await Promise.all([
      done(tx.objectStore('classes').getAll()),
      done(tx.objectStore('teacher').getKey('teacher')),
    ]);
    const classes = classRows.flatMap((row) => fits(classRow, row) ?? []);
    const shown =
      classes.find((row) => row.id === (classId ?? settings.classId)) ??
      classes.sort((a, b) => a.createdAt - b.createdAt)[0] ??
      null;
    const rows = shown
      ? await done(tx.objectStore('pupils').index('classId').getAll(shown.id))
      : [];
    const pupils = rows.flatMap((row) => startPupil(row) ?? []);
    const leftOut = rows.filter((row) => !own(row, 'archived')).length - pupils.length;
    const media = tx.objectStore('media');
    const thumbnails = await Promise.all(
      pupils.map((pupil) => (pupil.photoMediaId ? done(media.get(pupil.photoMediaId)) : undefined)),
    );
    const grid = pupils.map(({ photoMediaId: _, ...pupil }, index) => {
      const thumbnail = own(thumbnails[index], 'thumbnail');
      return thumbnail instanceof Blob ? { ...pupil, photo: thumbnail } : pupil;
    });
    const signedIn = settings.pupilId;
    const pupilId = grid.some((pupil) => pupil.id === signedIn) ? (signedIn as string) : null;
    return {
      classRow: shown,
      setupDone: teacherKey !== undefined,
      pupilId,
      staleSignIn: signedIn !== null && signedIn !== undefined && pupilId === null,
      pupils: sortByName(grid),
      leftOut,
    };
  } finally {
    database.close();
  }
}
