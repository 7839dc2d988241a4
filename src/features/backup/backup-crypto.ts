/**
 * A passphrase-protected backup: every entry but the manifest is encrypted with AES-GCM (which
 * also proves it was not changed), under a key made from the passphrase with PBKDF2-SHA-256 and
 * a high iteration count, so guessing a passphrase from a stolen file takes very long.
 * Stored bytes: a fresh 12-byte IV, then the ciphertext with its tag.
 */
import { fromBase64, newSalt, stretch, toBase64, type Bytes } from '../access';
import { BackupError } from './backup-error';
import type { EncryptionInfo } from './format';

/** OWASP's 2023 advice for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PASSPHRASE_LENGTH = 8;
const CHECK_TEXT = 'praatpapier';
const IV_BYTES = 12;

export type { Bytes };

/** The AES-GCM key: the 256 stretched bits as they are (what PBKDF2 deriveKey also gives). */
async function derive(passphrase: string, salt: Bytes, iterations: number): Promise<CryptoKey> {
  const bits = await stretch(passphrase, salt, iterations);
  return crypto.subtle.importKey('raw', bits, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

export async function encrypt(key: CryptoKey, bytes: BufferSource): Promise<Bytes> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, bytes));
  const stored = new Uint8Array(IV_BYTES + sealed.byteLength);
  stored.set(iv);
  stored.set(sealed, IV_BYTES);
  return stored;
}

export async function decrypt(key: CryptoKey, stored: Bytes): Promise<Bytes> {
  if (stored.byteLength < IV_BYTES + 16)
    throw new BackupError('badChecksum', 'too short to decrypt');
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: stored.subarray(0, IV_BYTES) },
        key,
        stored.subarray(IV_BYTES),
      ),
    );
  } catch {
    throw new BackupError('badChecksum', 'does not decrypt');
  }
}

/** A new key for a backup, and what the file says about it. */
export async function newBackupKey(
  passphrase: string,
): Promise<{ key: CryptoKey; info: EncryptionInfo }> {
  const salt = newSalt();
  const key = await derive(passphrase, salt, PBKDF2_ITERATIONS);
  const check = await encrypt(key, new TextEncoder().encode(CHECK_TEXT));
  return {
    key,
    info: {
      algorithm: 'AES-GCM',
      kdf: 'PBKDF2-SHA-256',
      iterations: PBKDF2_ITERATIONS,
      salt: toBase64(salt),
      check: toBase64(check),
    },
  };
}

/** The key of an encrypted backup; a wrong passphrase is refused before anything is read. */
export async function backupKey(passphrase: string, info: EncryptionInfo): Promise<CryptoKey> {
  // A file may not make this tablet spin for minutes, nor use a weak count.
  if (info.iterations < 100_000 || info.iterations > 10_000_000)
    throw new BackupError('notOurs', 'iterations');
  const key = await derive(passphrase, fromBase64(info.salt), info.iterations);
  try {
    const text = new TextDecoder().decode(await decrypt(key, fromBase64(info.check)));
    if (text !== CHECK_TEXT) throw new Error('check');
  } catch {
    throw new BackupError('wrongPassphrase');
  }
  return key;
}
