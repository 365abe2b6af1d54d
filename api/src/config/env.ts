import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root: relative paths in the environment are relative to it. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .default('sqlite:./data/tierwise.db')
    .refine((v) => /^(sqlite:|postgres(ql)?:\/\/)/.test(v), 'Use sqlite:<path> or postgres://user:pass@host:port/db'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  API_HOST: z.string().default('127.0.0.1'),
  BOOTSTRAP_ADMIN_EMAIL: optionalString,
  BOOTSTRAP_ADMIN_PASSWORD: optionalString,
  DEMO_DATA: optionalString,
  UPLOAD_DIR: z.string().default('./data/uploads'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SESSION_IDLE_HOURS: z.coerce.number().positive().default(72),
  SESSION_MAX_DAYS: z.coerce.number().positive().default(30),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema> & { isProduction: boolean; demoData: boolean };

export function resolveFromRoot(p: string): string {
  return path.isAbsolute(p) ? p : path.resolve(REPO_ROOT, p);
}

/** Parse and check the environment once at start; a bad value stops the process with a clear message. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  if (env.BOOTSTRAP_ADMIN_EMAIL && !env.BOOTSTRAP_ADMIN_PASSWORD)
    throw new Error('Invalid environment:\n  BOOTSTRAP_ADMIN_PASSWORD: required with BOOTSTRAP_ADMIN_EMAIL');
  return { ...env, isProduction: env.NODE_ENV === 'production', demoData: env.DEMO_DATA === '1' };
}
