import { hash, verify } from '@node-rs/argon2';
import { passwordProblem } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';

// Argon2id (algorithm 2; the package's Algorithm enum is a const enum that swc cannot inline).
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Hash a new password after checking the policy (length is checked before any hashing). */
export async function hashPassword(password: string, field = 'password'): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw AppError.field(field, problem);
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spend the same time as a real check when the email is unknown, so timing does not reveal accounts. */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hash('tierwise-not-a-real-password', ARGON2_OPTIONS);
  await verifyPassword(await dummyHash, password);
}
