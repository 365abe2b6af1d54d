/** Minimal structured logging to stderr; LOG_LEVEL=silent keeps tests quiet. */
const LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
type Level = (typeof LEVELS)[number];

function threshold(): number {
  const level = (process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info')) as Level;
  return Math.max(0, LEVELS.indexOf(level));
}

function write(level: Level, message: string, detail?: unknown) {
  if (LEVELS.indexOf(level) < threshold()) return;
  const error = detail instanceof Error ? { error: detail.message, stack: detail.stack } : detail !== undefined ? { detail } : {};
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...error })}\n`);
}

export const logger = {
  debug: (message: string, detail?: unknown) => write('debug', message, detail),
  info: (message: string, detail?: unknown) => write('info', message, detail),
  warn: (message: string, detail?: unknown) => write('warn', message, detail),
  error: (message: string, detail?: unknown) => write('error', message, detail),
};
