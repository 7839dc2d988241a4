// The backup key from the shared PBKDF2 stretch (features/access) is the key PBKDF2's
// deriveKey made before, so files encrypted then still open.
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../src/features/access';
import { backupKey, decrypt, encrypt } from '../../src/features/backup/backup-crypto';

const text = (value: string) => new TextEncoder().encode(value);
const PASSPHRASE = 'geheim wachtwoord';
const ITERATIONS = 100_000;

async function keyAsBefore(salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', text(PASSPHRASE), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: ITERATIONS },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
}

describe('backup encryption', () => {
  it('opens what a key made with deriveKey encrypted', async () => {
    const salt = new Uint8Array(16).fill(7);
    const before = await keyAsBefore(salt);
    const info = {
      algorithm: 'AES-GCM',
      kdf: 'PBKDF2-SHA-256',
      iterations: ITERATIONS,
      salt: toBase64(salt),
      check: toBase64(await encrypt(before, text('praatpapier'))),
    } as const;
    const key = await backupKey(PASSPHRASE, info);
    const sealed = await encrypt(before, text('rows'));
    expect(new TextDecoder().decode(await decrypt(key, sealed))).toBe('rows');
  });

  it('writes and reads every byte value as base64', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(toBase64(text('praat'))).toBe(btoa('praat'));
  });
});
