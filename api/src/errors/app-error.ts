import type { ErrorCode, FieldError } from '@tierwise/shared';

/** The one error class: a contract code and a message a user can act on. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }

  static unauthenticated(message = 'Sign in to continue.') {
    return new AppError('UNAUTHENTICATED', message);
  }
  static forbidden(message = 'Your role may not do this.') {
    return new AppError('FORBIDDEN', message);
  }
  static notFound(what = 'That item') {
    return new AppError('NOT_FOUND', `${what} was not found.`);
  }
  static badInput(fields: FieldError[], message?: string) {
    return new AppError('BAD_USER_INPUT', message ?? fields.map((f) => `${f.path}: ${f.message}`).join(' '), fields);
  }
  static field(path: string, message: string) {
    return AppError.badInput([{ path, message }], message);
  }
  static invalidState(message: string) {
    return new AppError('INVALID_STATE', message);
  }
  static rateLimited(retryAfterSeconds: number) {
    return new AppError('RATE_LIMITED', `Too many attempts. Try again in ${Math.max(1, Math.ceil(retryAfterSeconds))} seconds.`);
  }
}
