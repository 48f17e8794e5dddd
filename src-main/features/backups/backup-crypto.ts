import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
  scryptSync,
  constants,
} from 'node:crypto';

/**
 * How copies are encrypted without the program ever keeping the backup password.
 *
 * Copies are made automatically (each day's first start, closing), when nobody types a
 * password — so each copy is encrypted with a fresh AES-256-GCM key, and that key is sealed
 * with the office's public RSA key (OAEP, SHA-256). The matching private key is stored only
 * encrypted: AES-256-GCM under a key derived from the backup password with scrypt (per-office
 * salt). Restoring needs the password; making a copy does not; the password itself is stored
 * nowhere, in no form that gives it back.
 */
export interface BackupKeys {
  publicKeyPem: string;
  /** The private key (PKCS#8 DER), AES-256-GCM under scrypt(password, salt). */
  sealedPrivateKey: { salt: string; iv: string; tag: string; data: string };
  scrypt: { N: number; r: number; p: number };
}

/** scrypt's cost: ~100 ms and 32 MiB on an office PC — slow for guessing, quick for a person. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 };
const SCRYPT_MAXMEM = 64 * 1024 * 1024;

const b64 = (b: Buffer) => b.toString('base64');
const unb64 = (s: string) => Buffer.from(s, 'base64');

function passwordKey(password: string, salt: Buffer, params: BackupKeys['scrypt']): Buffer {
  return scryptSync(password.normalize('NFC'), salt, 32, { ...params, maxmem: SCRYPT_MAXMEM });
}

export function sealWithKey(key: Buffer, plain: Buffer): { iv: Buffer; tag: Buffer; data: Buffer } {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), data };
}

/** Throws if the data were changed or the key is wrong (GCM's tag does not match). */
export function openWithKey(
  key: Buffer,
  sealed: { iv: Buffer; tag: Buffer; data: Buffer },
): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
  decipher.setAuthTag(sealed.tag);
  return Buffer.concat([decipher.update(sealed.data), decipher.final()]);
}

/** A new key pair for the office, its private half sealed with the backup password. */
export function createBackupKeys(password: string): BackupKeys {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const salt = randomBytes(16);
  const sealed = sealWithKey(
    passwordKey(password, salt, SCRYPT),
    privateKey.export({ type: 'pkcs8', format: 'der' }),
  );
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sealedPrivateKey: {
      salt: b64(salt),
      iv: b64(sealed.iv),
      tag: b64(sealed.tag),
      data: b64(sealed.data),
    },
    scrypt: SCRYPT,
  };
}

export class WrongBackupPasswordError extends Error {
  constructor() {
    super('Nieprawidłowe hasło kopii zapasowych.');
    this.name = 'WrongBackupPasswordError';
  }
}

/** The private key, if `password` is the backup password. */
export function unlockPrivateKey(keys: BackupKeys, password: string) {
  const s = keys.sealedPrivateKey;
  let der: Buffer;
  try {
    der = openWithKey(passwordKey(password, unb64(s.salt), keys.scrypt), {
      iv: unb64(s.iv),
      tag: unb64(s.tag),
      data: unb64(s.data),
    });
  } catch {
    throw new WrongBackupPasswordError();
  }
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

const OAEP = { padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' } as const;

/** A fresh data key, and the same key sealed for the office's private key. */
export function newDataKey(keys: BackupKeys): { key: Buffer; wrapped: string } {
  const key = randomBytes(32);
  const wrapped = publicEncrypt({ key: createPublicKey(keys.publicKeyPem), ...OAEP }, key);
  return { key, wrapped: b64(wrapped) };
}

export function unwrapDataKey(privateKey: ReturnType<typeof createPrivateKey>, wrapped: string) {
  return privateDecrypt({ key: privateKey, ...OAEP }, unb64(wrapped));
}
