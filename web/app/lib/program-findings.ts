import type { Finding } from '~/components/tiers-lint';

/**
 * The design check's findings as one track's page shows them. Lint paths are
 * `track`, `track/tier` or lists of track keys (`a,b`): a tier's findings
 * (also counted with the track), the track's, and the rest.
 */
export function splitFindings(findings: readonly Finding[], trackKey: string) {
  const byTier: Record<string, Finding[]> = {};
  const track: Finding[] = [];
  const other: Finding[] = [];
  for (const f of findings) {
    const path = f.path ?? '';
    if (path.startsWith(`${trackKey}/`)) {
      const tier = path.slice(trackKey.length + 1);
      (byTier[tier] ??= []).push(f);
      track.push(f);
    } else if (path === trackKey || path.split(',').includes(trackKey)) track.push(f);
    else other.push(f);
  }
  return { byTier, track, other };
}
