import { describe, expect, it } from 'vitest';
import { layoutBarChart, niceMax } from './charts';

describe('charts', () => {
  it('rounds the scale up to a nice number', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(12)).toBe(20);
    expect(niceMax(23)).toBe(25);
    expect(niceMax(4_100_000)).toBe(5_000_000);
    expect(niceMax(100)).toBe(100);
  });

  it('lays out rows of bars on a common scale', () => {
    const layout = layoutBarChart([
      { label: 'Agencies', values: [8, 2] },
      { label: 'Technology', values: [4, 0] },
    ]);
    expect(layout.max).toBe(10);
    expect(layout.rows).toHaveLength(2);
    expect(layout.rows[0].bars.map((b) => b.share)).toEqual([0.8, 0.2]);
    expect(layout.rows[1].bars[1].share).toBe(0);
    // Bars go down the page without overlapping.
    const ys = layout.rows.flatMap((r) => r.bars.map((b) => b.y));
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(layout.height).toBeGreaterThan(ys[ys.length - 1]);
  });
});
