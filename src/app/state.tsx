/**
 * What the whole app needs to know: the class this tablet shows, whether setup is done, who is
 * signed in (kept in device settings, so a reload keeps the pupil in their own space) and
 * whether the teacher screens are open (memory only: a reload locks them).
 */
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { ClassRow, StartPupil } from '../db';
import { readStart, type StartRead } from '../db/start-read';
import { tellFailure } from './action';
import { readSetting, writeSetting } from '../settings';

export interface AppSnapshot {
  classRow: ClassRow | null;
  setupDone: boolean;
  pupilId: string | null;
}

/** The pupils the start screen shows, read with the snapshot (no need to read them again). */
let readWithSnapshot: { classId: string; pupils: StartPupil[] } | undefined;

/** The start read; a database that is not there yet or is older is opened by Dexie first. */
async function startRead(classId?: string, onFirstRun?: () => void): Promise<StartRead> {
  return toldLeftOut(await firstOrAgain(classId, onFirstRun));
}

/**
 * A damaged pupil row does not keep the others from signing in: it is left out of the grid, and
 * the teacher is told (the notice and the error log), never silently.
 */
function toldLeftOut(read: StartRead): StartRead {
  if (read.leftOut > 0)
    tellFailure(new TypeError(`${read.leftOut} stored pupil(s) without an id or a name`));
  return read;
}

async function firstOrAgain(classId?: string, onFirstRun?: () => void): Promise<StartRead> {
  const read = await readStart(classId);
  if (read) return read;
  // The first run: the device settings' database is made (a read makes it) while Dexie loads,
  // then Dexie's, so whoever finds the app's database finds both.
  // A tablet without a database opens on setup: its screen loads alongside.
  onFirstRun?.();
  const [{ db }] = await Promise.all([import('../db'), readSetting('currentClassId')]);
  await db.open();
  const again = await readStart(classId);
  if (!again) throw new Error('the database has another schema version');
  return again;
}

/**
 * Reads what the app starts from, with plain IndexedDB (src/db/start-read.ts), so the start
 * screen paints before Dexie loads; a signed-in pupil who no longer exists is signed out. At
 * boot (`keepPupils`) the start screen's pupils are kept for its first paint.
 */
export async function loadSnapshot({
  keepPupils = false,
  onFirstRun,
}: { keepPupils?: boolean; onFirstRun?: () => void } = {}): Promise<AppSnapshot> {
  const { classRow, setupDone, pupilId, staleSignIn, pupils } = await startRead(
    undefined,
    onFirstRun,
  );
  if (staleSignIn) await writeSetting('signedInPupilId', null);
  readWithSnapshot = keepPupils && classRow ? { classId: classRow.id, pupils } : undefined;
  return { classRow, setupDone, pupilId };
}

/** The pupils read with the snapshot, once: the start screen's first paint needs no new read. */
export function takePupilsRead(classId: string): StartPupil[] | undefined {
  const kept = readWithSnapshot;
  readWithSnapshot = undefined;
  return kept?.classId === classId ? kept.pupils : undefined;
}

/** The pupils of the start screen, read again (the teacher may have changed them). */
export async function readStartPupils(classId: string): Promise<StartPupil[]> {
  return (await startRead(classId)).pupils;
}

interface AppState extends AppSnapshot {
  /** Reads the class and setup state again after a teacher screen changed them. */
  refresh: () => Promise<void>;
  signIn: (pupilId: string) => Promise<void>;
  signOut: () => Promise<void>;
  teacherUnlocked: boolean;
  setTeacherUnlocked: (unlocked: boolean) => void;
}

const AppStateContext = createContext<AppState | null>(null);

interface ProviderProps {
  initial: AppSnapshot;
  /** Called when the class's language or wording may have changed. */
  onClassChange: (classRow: ClassRow | null) => void;
  children: ComponentChildren;
}

export function AppStateProvider({ initial, onClassChange, children }: ProviderProps) {
  const [snapshot, setSnapshot] = useState(initial);
  const [teacherUnlocked, setTeacherUnlocked] = useState(false);
  // The pupils read at boot are for the first render only; later the start screen reads again.
  useEffect(() => {
    readWithSnapshot = undefined;
  }, []);

  const refresh = useCallback(async () => {
    const next = await loadSnapshot();
    setSnapshot(next);
    onClassChange(next.classRow);
  }, [onClassChange]);

  const signIn = useCallback(async (pupilId: string) => {
    await writeSetting('signedInPupilId', pupilId);
    setSnapshot((current) => ({ ...current, pupilId }));
  }, []);

  const signOut = useCallback(async () => {
    await writeSetting('signedInPupilId', null);
    setSnapshot((current) => ({ ...current, pupilId: null }));
  }, []);

  const value = useMemo(
    () => ({ ...snapshot, refresh, signIn, signOut, teacherUnlocked, setTeacherUnlocked }),
    [snapshot, refresh, signIn, signOut, teacherUnlocked],
  );
  return <AppStateContext.Provider value={value}>{children}</AppStateContext.Provider>;
}

export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState outside AppStateProvider');
  return state;
}
