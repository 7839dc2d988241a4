/**
 * Reads the directory of a zip file without reading its contents: the end record, the central
 * directory, and each entry's local header, so that an entry's bytes are a slice of the file.
 * Only what a .praatpapier file can be is accepted: stored (uncompressed) entries, no zip
 * encryption, one disk; Zip64 sizes and offsets (zip-writer.ts writes them past 4 GiB;
 * client-zip, which wrote older files, for large ones) are read. Anything else, or any size or
 * offset that points outside the file, is refused.
 */
import { BackupError } from './backup-error';
import { SIGNATURE, U16_MAX, U32_MAX } from './zip-records';

export interface ZipEntry {
  name: string;
  /** Where the entry's bytes start in the file. */
  start: number;
  size: number;
}

const {
  end: EOCD,
  end64Locator: EOCD64_LOCATOR,
  end64: EOCD64,
  central: CENTRAL,
  local: LOCAL,
} = SIGNATURE;
const MAX_COMMENT = 0xffff;
/** How much of the file one read of local headers covers at most, and how many go at once. */
const HEADER_WINDOW = 64 * 1024;
const HEADER_READS = 4;

async function bytesAt(file: Blob, start: number, length: number): Promise<DataView> {
  if (start < 0 || start + length > file.size) throw new BackupError('truncated', 'read past end');
  return new DataView(await file.slice(start, start + length).arrayBuffer());
}

function u64(view: DataView, offset: number): number {
  const value = view.getBigUint64(offset, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new BackupError('tooLarge', 'zip64 size');
  return Number(value);
}

interface Directory {
  count: number;
  offset: number;
  size: number;
  /** Where the end records start: the central directory must end before them. */
  end: number;
}

async function findDirectory(file: Blob): Promise<Directory> {
  if (file.size < 22) throw new BackupError('notZip', 'too small');
  const tailLength = Math.min(file.size, 22 + MAX_COMMENT);
  const tailStart = file.size - tailLength;
  const tail = await bytesAt(file, tailStart, tailLength);
  let at = -1;
  for (let index = tailLength - 22; index >= 0; index--) {
    if (tail.getUint32(index, true) === EOCD) {
      at = index;
      break;
    }
  }
  // A zip cut short has lost its end record; a file that never had one is not a zip.
  if (at < 0) {
    const head = await bytesAt(file, 0, 4);
    throw new BackupError(head.getUint32(0, true) === LOCAL ? 'truncated' : 'notZip', 'no end');
  }
  const eocdStart = tailStart + at;
  if (tail.getUint16(at + 4, true) !== 0 || tail.getUint16(at + 6, true) !== 0)
    throw new BackupError('notZip', 'multi-disk');
  let count = tail.getUint16(at + 10, true);
  let size = tail.getUint32(at + 12, true);
  let offset = tail.getUint32(at + 16, true);
  let end = eocdStart;
  if (count === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    const locatorStart = eocdStart - 20;
    const locator = await bytesAt(file, locatorStart, 20);
    if (locator.getUint32(0, true) !== EOCD64_LOCATOR) throw new BackupError('notZip', 'zip64');
    const recordStart = u64(locator, 8);
    const record = await bytesAt(file, recordStart, 56);
    if (record.getUint32(0, true) !== EOCD64) throw new BackupError('truncated', 'zip64 record');
    count = u64(record, 32);
    size = u64(record, 40);
    offset = u64(record, 48);
    end = recordStart;
  }
  if (offset + size > end) throw new BackupError('truncated', 'central directory');
  return { count, offset, size, end };
}

/** The zip64 extra field's values, in the order the zip spec gives them. */
function zip64Values(view: DataView, start: number, length: number) {
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) return { at: at + 4, size };
    at += 4 + size;
  }
  return undefined;
}

export async function readZipDirectory(file: Blob, maxEntries: number): Promise<ZipEntry[]> {
  const directory = await findDirectory(file);
  if (directory.count > maxEntries) throw new BackupError('tooLarge', 'too many entries');
  const view = await bytesAt(file, directory.offset, directory.size);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const listed: { name: string; localOffset: number; size: number }[] = [];
  let at = 0;
  for (let index = 0; index < directory.count; index++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL)
      throw new BackupError('notZip', 'central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressed = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength + extraLength + commentLength > view.byteLength)
      throw new BackupError('truncated', 'central directory');
    let name: string;
    try {
      name = decoder.decode(new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength));
    } catch {
      throw new BackupError('badEntryName', 'not UTF-8');
    }
    const zip64 = zip64Values(view, at + 46 + nameLength, extraLength);
    let next = zip64?.at ?? 0;
    const take64 = () => {
      if (!zip64 || next + 8 > zip64.at + zip64.size)
        throw new BackupError('notZip', 'zip64 extra');
      const value = u64(view, next);
      next += 8;
      return value;
    };
    if (size === U32_MAX) size = take64();
    if (compressed === U32_MAX) compressed = take64();
    if (localOffset === U32_MAX) localOffset = take64();
    if (flags & 0x1) throw new BackupError('notOurs', `${name}: zip encryption`);
    // Only stored entries: a compressed one could unpack to far more than it says.
    if (method !== 0 || compressed !== size) throw new BackupError('compressed', name);
    listed.push({ name, localOffset, size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  // Each entry's local header says where its bytes start. The headers are read in windows, many
  // from one read where entries are small and close together (thumbnails, photos), and a few
  // windows at a time.
  const inFileOrder = listed.map((_, index) => index);
  inFileOrder.sort((a, b) => listed[a]!.localOffset - listed[b]!.localOffset);
  const windows: { start: number; end: number; members: number[] }[] = [];
  for (const index of inFileOrder) {
    const headerEnd = listed[index]!.localOffset + 30;
    const last = windows.at(-1);
    if (last && headerEnd - last.start <= HEADER_WINDOW) {
      last.end = headerEnd;
      last.members.push(index);
    } else windows.push({ start: listed[index]!.localOffset, end: headerEnd, members: [index] });
  }
  const entries = new Array<ZipEntry>(listed.length);
  let taken = 0;
  async function readWindows() {
    while (taken < windows.length) {
      const window = windows[taken++]!;
      const view = await bytesAt(file, window.start, window.end - window.start);
      for (const index of window.members) {
        const { name, localOffset, size } = listed[index]!;
        const at = localOffset - window.start;
        if (view.getUint32(at, true) !== LOCAL)
          throw new BackupError('notZip', `${name}: local header`);
        const start =
          localOffset + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
        if (start + size > directory.offset) throw new BackupError('truncated', name);
        entries[index] = { name, start, size };
      }
    }
  }
  await Promise.all(Array.from({ length: HEADER_READS }, readWindows));
  // Entries may not overlap: each byte of the file belongs to one entry at most.
  const sorted = [...entries].sort((a, b) => a.start - b.start);
  for (let index = 1; index < sorted.length; index++)
    if (sorted[index]!.start < sorted[index - 1]!.start + sorted[index - 1]!.size)
      throw new BackupError('notZip', 'overlapping entries');
  return entries;
}

/** An entry's bytes: a slice of the file (no copy), with `type` when it is given. */
export const entryBlob = (file: Blob, entry: ZipEntry, type?: string) =>
  file.slice(entry.start, entry.start + entry.size, type);
