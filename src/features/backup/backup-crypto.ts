/**
 * A passphrase-protected backup: every entry but the manifest is encrypted with AES-GCM (which
 * also proves it was not changed), under a key made from the passphrase with PBKDF2-SHA-256 and
 * a high iteration count, so guessing a passphrase from a stolen file takes very long.
 * How each entry is encrypted: aes-gcm.ts.
 */
import { fromBase64, newSalt, stretch, toBase64, type Bytes } from '../access';
import { BackupError } from './backup-error';
import { decrypt, encrypt } from './aes-gcm';
import type { EncryptionInfo } from './format';

/** OWASP's 2023 advice for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PASSPHRASE_LENGTH = 8;
const CHECK_TEXT = 'praatpapier';

export type { Bytes };
export { decrypt, encrypt };

/** The AES-GCM key: the 256 stretched bits as they are (what PBKDF2 deriveKey also gives). */
async function derive(passphrase: string, salt: Bytes, iterations: number): Promise<CryptoKey> {
  const bits = await stretch(passphrase, salt, iterations);
  return crypto.subtle.importKey('raw', bits, 'AES-GCM', false, ['encrypt', 'decrypt']);
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
