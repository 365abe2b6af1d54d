/**
 * Characters no text in Tierwise may hold: NUL (databases refuse it, and the
 * ORM writes values into the SQL text) and lone UTF-16 surrogates (not
 * Unicode: UTF-8 cannot store them, so they would silently become U+FFFD).
 */
export function unsafeTextProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'Remove the NUL character (\\0): text may not contain it.';
  if (!text.isWellFormed()) return 'This text holds a broken character (a lone surrogate); type or paste it again.';
  return null;
}

/**
 * The first string inside `value` (objects and arrays, walked deeply) that
 * `unsafeTextProblem` refuses, with its dotted path from `path`.
 */
export function findUnsafeText(value: unknown, path: string): { path: string; message: string } | null {
  if (typeof value === 'string') {
    const message = unsafeTextProblem(value);
    return message ? { path, message } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  // Input objects arrive as instances of their input classes: walk any object but a Date.
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, inner] of Object.entries(value)) {
      const found = findUnsafeText(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}
