import { describe, expect, it } from 'vitest';
import { certificationStatus, gradeExam, slugify } from './certifications.js';

describe('gradeExam', () => {
  it.each([
    [[0, 1, 2, 3], [0, 1, 2, 3], 80, 100, true],
    [[0, 1, 2, 3], [0, 1, 2, 0], 80, 75, false],
    [[0, 1, 2, 3], [0, 1, 2, 0], 75, 75, true],
    [[1, 1, 1], [1, 1, 0], 67, 66, false], // 66.6% rounds down: no pass by rounding
    [[1, 1, 1], [], 0, 0, true],
    [[], [], 0, 0, false],
  ])('correct %j answered %j (pass at %i) scores %i, passed %s', (correct, answers, passing, score, passed) => {
    expect(gradeExam(correct, answers, passing)).toMatchObject({ score, passed });
  });
});

describe('certificationStatus', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  it.each([
    [null, null, 'IN_PROGRESS'],
    [new Date('2026-01-01'), new Date('2027-01-01'), 'CERTIFIED'],
    [new Date('2025-01-01'), new Date('2026-06-01T00:00:00Z'), 'EXPIRED'],
    [new Date('2025-01-01'), new Date('2026-05-31'), 'EXPIRED'],
  ] as const)('certified %s, expiring %s: %s', (certifiedAt, expiresAt, status) => {
    expect(certificationStatus(certifiedAt, expiresAt, now)).toBe(status);
  });
});

describe('slugify', () => {
  it.each([
    ['Selling the Platform 101', 'selling-the-platform-101'],
    ['Ünïcode & Co.', 'unicode-co'],
    ['***', 'module'],
  ])('%s -> %s', (text, slug) => expect(slugify(text)).toBe(slug));
});
