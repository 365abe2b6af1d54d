/**
 * Multi-intent actions: a form names its intent (`<button name="intent"
 * value="publish">` or a hidden field) and the route's action dispatches it to
 * one function per intent:
 *
 *   const intents = { save: saveDraft, publish } satisfies Intents<Args>;
 *   const intent = intentOf(intents, form, 'save');
 *   return intents[intent](args);
 */
export type Intents<Args> = Record<string, (args: Args) => Promise<unknown>>;

/** The intent the form posted when it is one of `intents`; else `fallback` (null without one). */
export function intentOf<K extends string>(intents: Record<K, unknown>, form: FormData, fallback: K): K;
export function intentOf<K extends string>(intents: Record<K, unknown>, form: FormData): K | null;
export function intentOf<K extends string>(intents: Record<K, unknown>, form: FormData, fallback: K | null = null): K | null {
  const raw = form.get('intent');
  return typeof raw === 'string' && Object.hasOwn(intents, raw) ? (raw as K) : fallback;
}

/** The intent of the form being submitted (from useNavigation()), or null when none is. */
export function submittingIntent(navigation: { state: string; formData?: FormData }): string | null {
  if (navigation.state !== 'submitting') return null;
  const raw = navigation.formData?.get('intent');
  return typeof raw === 'string' && raw ? raw : null;
}
