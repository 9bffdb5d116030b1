// Staff passwords: the policy for ones a manager types, and generated ones that are shown once.
import crypto from "node:crypto";

export const PASSWORD_MIN_LENGTH = 12;
/** bcrypt reads at most 72 bytes; anything longer would be silently ignored, so it is refused. */
export const PASSWORD_MAX_BYTES = 72;
/** bcrypt work factor for staff passwords. */
export const PASSWORD_HASH_COST = 10;

// No 0/O, 1/l/I: the password is read off a screen and typed in by hand.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Four groups of five random characters ("k7Qmx-3xPav-…"), about 116 bits. */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = "";
    for (let i = 0; i < 5; i++) group += ALPHABET[crypto.randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}

export function passwordByteLength(password: string): number {
  return Buffer.byteLength(password, "utf8");
}
