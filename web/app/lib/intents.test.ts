import { describe, expect, it } from 'vitest';
import { intentOf, submittingIntent } from './intents';

const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
};

describe('intentOf', () => {
  const intents = { save: async () => 1, publish: async () => 2 };

  it('names one of the intents, else the fallback or null', () => {
    expect(intentOf(intents, form({ intent: 'publish' }), 'save')).toBe('publish');
    expect(intentOf(intents, form({ intent: 'drop' }), 'save')).toBe('save');
    expect(intentOf(intents, form({}), 'save')).toBe('save');
    expect(intentOf(intents, form({ intent: 'drop' }))).toBeNull();
  });

  it('never takes an inherited property for an intent', () => {
    expect(intentOf(intents, form({ intent: 'toString' }))).toBeNull();
    expect(intentOf(intents, form({ intent: '__proto__' }))).toBeNull();
  });
});

describe('submittingIntent', () => {
  it('is the intent only while submitting', () => {
    expect(submittingIntent({ state: 'submitting', formData: form({ intent: 'save' }) })).toBe('save');
    expect(submittingIntent({ state: 'loading', formData: form({ intent: 'save' }) })).toBeNull();
    expect(submittingIntent({ state: 'submitting', formData: form({}) })).toBeNull();
    expect(submittingIntent({ state: 'idle' })).toBeNull();
  });
});
