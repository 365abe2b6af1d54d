import { describe, expect, it } from 'vitest';
import { splitFindings } from './program-findings';

const finding = (path: string | null) => ({ severity: 'WARNING' as const, rule: 'R', path, message: path ?? 'program' });

describe('splitFindings', () => {
  it("puts a tier's findings with the tier and the track, shared and other tracks' findings apart", () => {
    const split = splitFindings([finding('tech/gold'), finding('tech'), finding('agency,tech'), finding('agency'), finding(null)], 'tech');
    expect(Object.keys(split.byTier)).toEqual(['gold']);
    expect(split.track.map((f) => f.path)).toEqual(['tech/gold', 'tech', 'agency,tech']);
    expect(split.other.map((f) => f.path)).toEqual(['agency', null]);
  });
});
