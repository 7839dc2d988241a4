/**
 * CRC-32 (the zip one: IEEE polynomial, reflected), sixteen bytes per step ("slicing by 16").
 * Every byte of a backup goes through it, so speed matters: this is about four times as fast as
 * the byte-at-a-time loop client-zip used (measured in Chromium: ~1 GB/s against ~0.35 GB/s on
 * the bench machine), and a wasm build would gain too little to be worth a dependency.
 */
const TABLES = new Uint32Array(256 * 16);
for (let byte = 0; byte < 256; byte++) {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  TABLES[byte] = crc;
}
// Table k gives the CRC of a byte followed by k zero bytes, so 16 lookups advance 16 bytes.
for (let byte = 0; byte < 256; byte++)
  for (let k = 1; k < 16; k++) {
    const previous = TABLES[(k - 1) * 256 + byte]!;
    TABLES[k * 256 + byte] = (previous >>> 8) ^ TABLES[previous & 0xff]!;
  }

/** The CRC-32 of `bytes`, continuing from `crc` (the CRC of what came before them). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  const t = TABLES;
  let c = ~crc;
  let i = 0;
  for (const last = bytes.length - 16; i <= last; i += 16) {
    const a =
      (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)) ^ c;
    c =
      t[3840 + (a & 255)]! ^
      t[3584 + ((a >>> 8) & 255)]! ^
      t[3328 + ((a >>> 16) & 255)]! ^
      t[3072 + (a >>> 24)]! ^
      t[2816 + bytes[i + 4]!]! ^
      t[2560 + bytes[i + 5]!]! ^
      t[2304 + bytes[i + 6]!]! ^
      t[2048 + bytes[i + 7]!]! ^
      t[1792 + bytes[i + 8]!]! ^
      t[1536 + bytes[i + 9]!]! ^
      t[1280 + bytes[i + 10]!]! ^
      t[1024 + bytes[i + 11]!]! ^
      t[768 + bytes[i + 12]!]! ^
      t[512 + bytes[i + 13]!]! ^
      t[256 + bytes[i + 14]!]! ^
      t[bytes[i + 15]!]!;
  }
  for (; i < bytes.length; i++) c = t[(c ^ bytes[i]!) & 255]! ^ (c >>> 8);
  return ~c >>> 0;
}
