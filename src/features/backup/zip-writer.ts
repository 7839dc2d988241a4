/**
 * Writes a zip of stored (uncompressed) entries as a Blob made of parts: each entry's bytes are
 * given as a Blob, so a recording read from IndexedDB goes into the file as a reference to the
 * same bytes, never copied through the page. The caller has read each entry once already (to
 * hash it) and gives its CRC-32 and size, so the local header carries them and no data
 * descriptor is needed. Offsets past 4 GiB get Zip64 records, which zip-reader.ts reads.
 */
import { SIGNATURE, U16_MAX, U32_MAX } from './zip-records';

export interface ZipEntryInput {
  name: string;
  bytes: Blob;
  crc: number;
  modified: Date;
}

/** Language encoding flag: the names are UTF-8. */
const UTF8_NAMES = 0x0800;
const VERSION_ZIP64 = 45;
/** "Made by" Unix, so the external attributes below are a Unix file mode (rw-rw-r--). */
const MADE_BY_UNIX = 3 << 8;
const FILE_MODE = 0o100664;

function dosTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date:
      (Math.max(date.getFullYear() - 1980, 0) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

interface Written {
  name: Uint8Array<ArrayBuffer>;
  crc: number;
  size: number;
  offset: number;
  modified: Date;
}

function localHeader(entry: Written): Uint8Array<ArrayBuffer> {
  const view = new DataView(new ArrayBuffer(30 + entry.name.length));
  const { time, date } = dosTime(entry.modified);
  view.setUint32(0, SIGNATURE.local, true);
  view.setUint16(4, VERSION_ZIP64, true);
  view.setUint16(6, UTF8_NAMES, true);
  view.setUint16(10, time, true);
  view.setUint16(12, date, true);
  view.setUint32(14, entry.crc, true);
  view.setUint32(18, entry.size, true);
  view.setUint32(22, entry.size, true);
  view.setUint16(26, entry.name.length, true);
  new Uint8Array(view.buffer).set(entry.name, 30);
  return new Uint8Array(view.buffer);
}

function centralHeader(entry: Written): Uint8Array<ArrayBuffer> {
  const zip64 = entry.offset >= U32_MAX;
  const extra = zip64 ? 12 : 0;
  const view = new DataView(new ArrayBuffer(46 + entry.name.length + extra));
  const { time, date } = dosTime(entry.modified);
  view.setUint32(0, SIGNATURE.central, true);
  view.setUint16(4, MADE_BY_UNIX | VERSION_ZIP64, true);
  view.setUint16(6, VERSION_ZIP64, true);
  view.setUint16(8, UTF8_NAMES, true);
  view.setUint16(12, time, true);
  view.setUint16(14, date, true);
  view.setUint32(16, entry.crc, true);
  view.setUint32(20, entry.size, true);
  view.setUint32(24, entry.size, true);
  view.setUint16(28, entry.name.length, true);
  view.setUint16(30, extra, true);
  view.setUint32(38, (FILE_MODE << 16) >>> 0, true);
  view.setUint32(42, zip64 ? U32_MAX : entry.offset, true);
  new Uint8Array(view.buffer).set(entry.name, 46);
  if (zip64) {
    const at = 46 + entry.name.length;
    view.setUint16(at, 0x0001, true);
    view.setUint16(at + 2, 8, true);
    view.setBigUint64(at + 4, BigInt(entry.offset), true);
  }
  return new Uint8Array(view.buffer);
}

/** The end records: Zip64 ones first when the directory starts past 4 GiB or is too long. */
function endRecords(
  count: number,
  directoryOffset: number,
  directorySize: number,
): Uint8Array<ArrayBuffer>[] {
  const zip64 = directoryOffset >= U32_MAX || count >= U16_MAX;
  const records: Uint8Array<ArrayBuffer>[] = [];
  if (zip64) {
    const record = new DataView(new ArrayBuffer(56 + 20));
    record.setUint32(0, SIGNATURE.end64, true);
    record.setBigUint64(4, 44n, true);
    record.setUint16(12, MADE_BY_UNIX | VERSION_ZIP64, true);
    record.setUint16(14, VERSION_ZIP64, true);
    record.setBigUint64(24, BigInt(count), true);
    record.setBigUint64(32, BigInt(count), true);
    record.setBigUint64(40, BigInt(directorySize), true);
    record.setBigUint64(48, BigInt(directoryOffset), true);
    // The locator, pointing back at the record just written.
    record.setUint32(56, SIGNATURE.end64Locator, true);
    record.setBigUint64(64, BigInt(directoryOffset + directorySize), true);
    record.setUint32(72, 1, true);
    records.push(new Uint8Array(record.buffer));
  }
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, SIGNATURE.end, true);
  end.setUint16(8, zip64 ? U16_MAX : count, true);
  end.setUint16(10, zip64 ? U16_MAX : count, true);
  end.setUint32(12, zip64 ? U32_MAX : directorySize, true);
  end.setUint32(16, zip64 ? U32_MAX : directoryOffset, true);
  records.push(new Uint8Array(end.buffer));
  return records;
}

/** A zip being written: add entries in order, then `finish` for the whole file. */
export class StoredZip {
  private parts: BlobPart[] = [];
  private written: Written[] = [];
  private offset = 0;
  private readonly encoder = new TextEncoder();

  add(input: ZipEntryInput): void {
    // An entry of 4 GiB or more would need Zip64 sizes; the import refuses far smaller ones.
    if (input.bytes.size >= U32_MAX) throw new RangeError(`${input.name} is too large`);
    const entry: Written = {
      name: this.encoder.encode(input.name),
      crc: input.crc,
      size: input.bytes.size,
      offset: this.offset,
      modified: input.modified,
    };
    const header = localHeader(entry);
    this.parts.push(header, input.bytes);
    this.written.push(entry);
    this.offset += header.length + entry.size;
  }

  finish(): Blob {
    const directory = this.written.map(centralHeader);
    const directorySize = directory.reduce((sum, header) => sum + header.length, 0);
    const end = endRecords(this.written.length, this.offset, directorySize);
    return new Blob([...this.parts, ...directory, ...end]);
  }
}
