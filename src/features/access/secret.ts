/**
 * Codes (the teacher's digits, a pupil's three pictures) are stored only as a salted PBKDF2
 * hash made with WebCrypto. A four-digit code can never be strong; the hash keeps the code
 * itself out of the database and out of backups, so nobody reads it by looking.
 */
import type { HashedSecret } from '../../db';

export const TEACHER_CODE_ITERATIONS = 210_000;
/** Pupils sign in many times a day on a cheap tablet: fewer rounds keep that instant. */
export const PICTURE_CODE_ITERATIONS = 50_000;

export type Bytes = Uint8Array<ArrayBuffer>;

/** Salts and hashes are stored as base64 text (in the database, and in a backup's manifest). */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

export function fromBase64(text: string): Bytes {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/** A fresh random salt (128 bits), for a code's hash or a backup's key. */
export const newSalt = (): Bytes => crypto.getRandomValues(new Uint8Array(16));

/**
 * 256 bits stretched from a code or a passphrase with PBKDF2-SHA-256: the one derivation
 * behind the stored code hashes and the backups' AES-GCM keys.
 */
export async function stretch(secret: string, salt: Bytes, iterations: number): Promise<Bytes> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    256,
  );
  return new Uint8Array(bits);
}

export async function hashSecret(code: string, iterations: number): Promise<HashedSecret> {
  const salt = newSalt();
  const hash = await stretch(code, salt, iterations);
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

export async function verifySecret(code: string, secret: HashedSecret): Promise<boolean> {
  const hash = await stretch(code, fromBase64(secret.salt), secret.iterations);
  const expected = fromBase64(secret.hash);
  if (hash.length !== expected.length) return false;
  // Compare every byte so the time taken says nothing about where the codes differ.
  let difference = 0;
  for (let i = 0; i < hash.length; i++) difference |= hash[i]! ^ expected[i]!;
  return difference === 0;
}

/** A teacher code is at least four digits and nothing else. */
export function isValidTeacherCode(code: string): boolean {
  return /^\d{4,12}$/.test(code);
}

export const PICTURE_CODE_LENGTH = 3;

/** A picture code is three picture ids in order; it is hashed as one string. */
export function pictureCodeText(pictures: readonly string[]): string {
  return pictures.join('|');
}
