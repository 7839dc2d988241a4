/**
 * A protected backup's entries: AES-GCM with a fresh 12-byte IV each, stored as the IV, then
 * the ciphertext with its tag. Apart from backup-crypto.ts (which makes the key from the
 * passphrase) because the entry workers encrypt too, and a worker must not load the database.
 */
import { BackupError } from './backup-error';

const IV_BYTES = 12;

type Bytes = Uint8Array<ArrayBuffer>;

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
