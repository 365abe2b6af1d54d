import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Use cases run over the domain (a Scope), not over GraphQL, so jobs and
 * workers can call them: only the GraphQL adapters in modules/ (resolvers,
 * ObjectTypes, entities that double as ObjectTypes) may import src/graphql/,
 * type-graphql or the GraphQL classes of *.types.ts.
 */
const modulesDir = path.dirname(fileURLToPath(import.meta.url));
const graphqlDir = path.resolve(modulesDir, '../graphql');
const ADAPTER = /\.(resolver|types|entity|test)\.ts$/;

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Static imports and re-exports (also `import type`), side-effect imports and dynamic import(). */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const re of patterns) for (const m of source.matchAll(re)) found.push(m[1]);
  return found;
}

function importsOfGraphql(file: string): string[] {
  return specifiers(fs.readFileSync(file, 'utf8')).filter((spec) => {
    if (!spec.startsWith('.')) return false;
    const target = path.resolve(path.dirname(file), spec);
    return target === graphqlDir || target.startsWith(graphqlDir + path.sep);
  });
}

describe('architecture', () => {
  it('finds GraphQL imports where they are allowed (the check itself works)', () => {
    const resolvers = tsFiles(modulesDir).filter((f) => f.endsWith('.resolver.ts'));
    expect(resolvers.length).toBeGreaterThan(5);
    expect(resolvers.some((f) => importsOfGraphql(f).length > 0)).toBe(true);
  });

  it('no use case, rule or helper under modules/ imports from src/graphql/', () => {
    const checked = tsFiles(modulesDir).filter((f) => !ADAPTER.test(f));
    expect(checked.length).toBeGreaterThan(10);
    const offenders = checked.flatMap((f) => importsOfGraphql(f).map((spec) => `${path.relative(modulesDir, f)} imports ${spec}`));
    expect(offenders).toEqual([]);
  });

  it('use cases return domain data: none imports the GraphQL classes (*.types.ts) or type-graphql', () => {
    const checked = tsFiles(modulesDir).filter((f) => !ADAPTER.test(f));
    const offenders = checked.flatMap((f) =>
      specifiers(fs.readFileSync(f, 'utf8'))
        .filter((spec) => spec === 'type-graphql' || /\.types(\.js)?$/.test(spec))
        .map((spec) => `${path.relative(modulesDir, f)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
