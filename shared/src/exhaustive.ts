/**
 * The default branch of a switch over a shared union: the compiler rejects
 * the call once a value is added and not handled, and at run time it names
 * the value that slipped through.
 */
export function assertUnreachable(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${String(value)}`);
}
