/**
 * What the whole app needs to know: the class this tablet shows, whether setup is done, who is
 * signed in (kept in device settings, so a reload keeps the pupil in their own space) and
 * whether the teacher screens are open (memory only: a reload locks them).
 */
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useMemo, useState } from 'preact/hooks';
import type { ClassRow } from '../db';
import { firstClass, getClass, getPupil } from '../features/class';
import { hasTeacherCode } from '../features/access';
import { readSetting, writeSetting } from '../settings';

export interface AppSnapshot {
  classRow: ClassRow | null;
  setupDone: boolean;
  pupilId: string | null;
}

/** Reads what the app starts from; a signed-in pupil who no longer exists is signed out. */
export async function loadSnapshot(): Promise<AppSnapshot> {
  const [classId, pupilId, setupDone] = await Promise.all([
    readSetting('currentClassId'),
    readSetting('signedInPupilId'),
    hasTeacherCode(),
  ]);
  const classRow = (classId ? await getClass(classId) : undefined) ?? (await firstClass()) ?? null;
  const pupil = pupilId ? await getPupil(pupilId) : undefined;
  const validPupil = pupil && !pupil.archived && pupil.classId === classRow?.id ? pupil.id : null;
  if (pupilId && !validPupil) await writeSetting('signedInPupilId', null);
  return { classRow, setupDone, pupilId: validPupil };
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
