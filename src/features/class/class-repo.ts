/**
 * The only writer of `classes` and `pupils`. A pupil's portrait goes through the media repo;
 * deleting a pupil erases every row that belongs to them (src/db/erase.ts).
 */
import {
  db,
  eraseClass,
  erasePupil,
  inMinutesRange,
  MAX_CLASS_NAME_LENGTH,
  MAX_IDLE_MINUTES,
  MAX_RECORDING_MINUTES,
  sameText,
  type AvatarChoice,
  type ClassRow,
  type Language,
  type PupilRow,
  type Region,
} from '../../db';
import {
  cleanName,
  compareNames,
  MAX_NAME_LENGTH,
  parseNameList,
  type ParsedNames,
} from './name-list';
import { defaultAvatarFor } from './avatar-choice';
import { deleteMedia, storeImage, type StillImage } from '../media';

export const DEFAULT_PUPIL_IDLE_MINUTES = 5;
export { MAX_CLASS_NAME_LENGTH };

export class ClassInputError extends Error {
  constructor(
    readonly reason:
      | 'empty-name'
      | 'name-too-long'
      | 'duplicate-name'
      | 'empty-class-name'
      | 'class-name-too-long'
      | 'idle-range'
      | 'cap-range',
  ) {
    super(reason);
  }
}

export interface NewClass {
  name: string;
  language: Language;
  region: Region;
}

function checkedClassName(raw: string): string {
  const name = cleanName(raw);
  if (!name) throw new ClassInputError('empty-class-name');
  if (name.length > MAX_CLASS_NAME_LENGTH) throw new ClassInputError('class-name-too-long');
  return name;
}

export async function createClass(input: NewClass): Promise<ClassRow> {
  const now = Date.now();
  const row: ClassRow = {
    id: crypto.randomUUID(),
    name: checkedClassName(input.name),
    language: input.language,
    region: input.region,
    pupilIdleMinutes: DEFAULT_PUPIL_IDLE_MINUTES,
    createdAt: now,
    updatedAt: now,
  };
  await db.classes.add(row);
  return row;
}

export type ClassChanges = Partial<
  Pick<ClassRow, 'name' | 'language' | 'region' | 'pupilIdleMinutes' | 'recordingCapMinutes'>
>;

export async function updateClass(classId: string, changes: ClassChanges): Promise<void> {
  const checked: ClassChanges = { ...changes };
  if (changes.name !== undefined) checked.name = checkedClassName(changes.name);
  if (changes.pupilIdleMinutes !== undefined) {
    const minutes = changes.pupilIdleMinutes;
    if (!inMinutesRange(minutes, MAX_IDLE_MINUTES)) {
      throw new ClassInputError('idle-range');
    }
  }
  if (changes.recordingCapMinutes !== undefined) {
    const minutes = changes.recordingCapMinutes;
    if (!inMinutesRange(minutes, MAX_RECORDING_MINUTES)) {
      throw new ClassInputError('cap-range');
    }
  }
  await db.classes.update(classId, { ...checked, updatedAt: Date.now() });
}

export function getClass(classId: string): Promise<ClassRow | undefined> {
  return db.classes.get(classId);
}

/** Every class on this tablet, oldest first (a restored backup can bring another). */
export function listClasses(): Promise<ClassRow[]> {
  return db.classes.orderBy('createdAt').toArray();
}

/** A class with all its pupils' work, rounds and questions, gone for good. */
export function deleteClass(classId: string): Promise<void> {
  return eraseClass(classId);
}

export function firstClass(): Promise<ClassRow | undefined> {
  return db.classes.orderBy('createdAt').first();
}

/** Pupils of a class in alphabetical order, archived ones only when asked. */
export async function listPupils(
  classId: string,
  { includeArchived = false } = {},
): Promise<PupilRow[]> {
  const pupils = await db.pupils.where('classId').equals(classId).toArray();
  return pupils
    .filter((pupil) => includeArchived || !pupil.archived)
    .sort((a, b) => compareNames(a.firstName, b.firstName));
}

export function getPupil(pupilId: string): Promise<PupilRow | undefined> {
  return db.pupils.get(pupilId);
}

/** Adds every new name of a pasted list; reports what was skipped and why. */
export async function addPupilsFromList(classId: string, text: string): Promise<ParsedNames> {
  return db.transaction('rw', db.pupils, async () => {
    const existing = await listPupils(classId, { includeArchived: true });
    const parsed = parseNameList(
      text,
      existing.map((pupil) => pupil.firstName),
    );
    const now = Date.now();
    const rows: PupilRow[] = parsed.names.map((firstName, index) => ({
      id: crypto.randomUUID(),
      classId,
      firstName,
      avatar: defaultAvatarFor(existing.length + index),
      archived: false,
      createdAt: now,
      updatedAt: now,
    }));
    await db.pupils.bulkAdd(rows);
    return parsed;
  });
}

async function checkedPupilName(classId: string, raw: string, exceptId?: string): Promise<string> {
  const name = cleanName(raw);
  if (!name) throw new ClassInputError('empty-name');
  if (name.length > MAX_NAME_LENGTH) throw new ClassInputError('name-too-long');
  const others = await db.pupils.where('classId').equals(classId).toArray();
  if (others.some((other) => other.id !== exceptId && sameText(other.firstName, name))) {
    throw new ClassInputError('duplicate-name');
  }
  return name;
}

export async function addPupil(
  classId: string,
  firstName: string,
  avatar?: AvatarChoice,
): Promise<PupilRow> {
  return db.transaction('rw', db.pupils, async () => {
    const name = await checkedPupilName(classId, firstName);
    const count = await db.pupils.where('classId').equals(classId).count();
    const now = Date.now();
    const row: PupilRow = {
      id: crypto.randomUUID(),
      classId,
      firstName: name,
      avatar: avatar ?? defaultAvatarFor(count),
      archived: false,
      createdAt: now,
      updatedAt: now,
    };
    await db.pupils.add(row);
    return row;
  });
}

export async function renamePupil(pupilId: string, firstName: string): Promise<void> {
  await db.transaction('rw', db.pupils, async () => {
    const pupil = await db.pupils.get(pupilId);
    if (!pupil) return;
    const name = await checkedPupilName(pupil.classId, firstName, pupilId);
    await db.pupils.update(pupilId, { firstName: name, updatedAt: Date.now() });
  });
}

export async function setPupilAvatar(pupilId: string, avatar: AvatarChoice): Promise<void> {
  await db.pupils.update(pupilId, { avatar, updatedAt: Date.now() });
}

/** Replaces the pupil's portrait photo (or removes it with `null`); the old one is deleted. */
export async function setPupilPhoto(pupilId: string, photo: StillImage | null): Promise<void> {
  await db.transaction('rw', db.pupils, db.media, db.mediaChunks, async () => {
    const pupil = await db.pupils.get(pupilId);
    if (!pupil) return;
    const photoMediaId = photo ? await storeImage(pupilId, 'portrait', photo) : undefined;
    await db.pupils.update(pupilId, { photoMediaId, updatedAt: Date.now() });
    if (pupil.photoMediaId) await deleteMedia(pupil.photoMediaId);
  });
}

export async function setPupilArchived(pupilId: string, archived: boolean): Promise<void> {
  await db.pupils.update(pupilId, { archived, updatedAt: Date.now() });
}

/** Removes the pupil and everything they made: rows in every table, photos, recordings. */
export function deletePupil(pupilId: string): Promise<void> {
  return erasePupil(pupilId);
}
