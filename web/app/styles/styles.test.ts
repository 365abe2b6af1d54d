import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The rules of the styling system (docs/decisions/0010-one-styling-system.md):
 * colours only in tokens.css, every stylesheet imported by some .tsx (no dead
 * files), and every custom property used is defined.
 */
const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tokensFile = join(app, 'styles', 'tokens.css');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : filesUnder(path);
    return [path];
  });
}

const files = filesUnder(app);
const cssFiles = files.filter((file) => file.endsWith('.css'));
const tsxFiles = files.filter((file) => file.endsWith('.tsx'));
const name = (file: string) => relative(app, file);

/** Declarations (property, value) of a stylesheet, comments removed. */
export function declarations(css: string): Array<{ property: string; value: string }> {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: Array<{ property: string; value: string }> = [];
  // The innermost blocks hold the declarations (selectors never contain `{`).
  for (const block of text.matchAll(/\{([^{}]*)\}/g)) {
    for (const part of block[1].split(';')) {
      const colon = part.indexOf(':');
      if (colon < 0) continue;
      out.push({ property: part.slice(0, colon).trim(), value: part.slice(colon + 1).trim() });
    }
  }
  return out;
}

// CSS named colours (CSS Color 4), apart from the keywords that name no colour.
const NAMED = `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood
cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen
darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray
darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia
gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender
lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink
lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta
maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise
mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid
palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red
rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow
springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen`.split(/\s+/);
const NAMED_COLOUR = new RegExp(`(^|[\\s,(])(${NAMED.join('|')})(?=$|[\\s,)])`, 'i');
const COLOUR_FUNCTION = /\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)\(/i;
const HEX = /#[0-9a-f]{3,8}\b/i;

/** The raw colour in a declaration value, if any. */
export function rawColour(value: string): string | null {
  // Custom property names (var(--color-white)) are not colours.
  const bare = value.replace(/var\(\s*--[\w-]+/g, 'var(');
  return bare.match(HEX)?.[0] ?? bare.match(COLOUR_FUNCTION)?.[0] ?? bare.match(NAMED_COLOUR)?.[2] ?? null;
}

describe('the styling system', () => {
  it('finds the stylesheets', () => {
    expect(cssFiles.map(name)).toContain(join('styles', 'tokens.css'));
    expect(cssFiles.length).toBeGreaterThan(10);
  });

  it('recognises raw colours', () => {
    expect(rawColour('#fff')).toBe('#fff');
    expect(rawColour('0 0 0 1px rgba(0, 0, 0, 0.1)')).toBe('rgba(');
    expect(rawColour('1px solid red')).toBe('red');
    expect(rawColour('var(--color-danger)')).toBeNull();
    expect(rawColour('var(--color-white, transparent)')).toBeNull();
    expect(rawColour('1px solid currentColor')).toBeNull();
    expect(rawColour('linear-gradient(45deg, transparent 50%, var(--color-text-muted) 50%)')).toBeNull();
    expect(declarations('a { white-space: nowrap; color: inherit }')).toEqual([
      { property: 'white-space', value: 'nowrap' },
      { property: 'color', value: 'inherit' },
    ]);
  });

  it('uses raw colours only in tokens.css, which holds only custom properties', () => {
    const found: string[] = [];
    for (const file of cssFiles) {
      for (const { property, value } of declarations(readFileSync(file, 'utf8'))) {
        if (file === tokensFile) {
          if (!property.startsWith('--')) found.push(`${name(file)}: ${property} is not a custom property`);
          continue;
        }
        const colour = rawColour(value);
        if (colour) found.push(`${name(file)}: ${property}: ${value}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('defines every custom property it uses', () => {
    const defined = new Set<string>();
    for (const file of cssFiles) {
      for (const { property } of declarations(readFileSync(file, 'utf8'))) if (property.startsWith('--')) defined.add(property);
    }
    const missing: string[] = [];
    for (const file of [...cssFiles, ...tsxFiles]) {
      for (const use of readFileSync(file, 'utf8').matchAll(/var\(\s*(--[\w-]+)/g)) {
        if (!defined.has(use[1])) missing.push(`${name(file)}: ${use[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('imports every stylesheet from some .tsx file (no dead stylesheets)', () => {
    const imported = new Set<string>();
    for (const file of tsxFiles) {
      for (const match of readFileSync(file, 'utf8').matchAll(/^import\s+(?:[\w{}\s,*]+\s+from\s+)?['"]([^'"]+\.css)(?:\?url)?['"]/gm)) {
        const spec = match[1];
        imported.add(spec.startsWith('~/') ? join(app, spec.slice(2)) : resolve(dirname(file), spec));
      }
    }
    expect(cssFiles.filter((file) => !imported.has(file)).map(name)).toEqual([]);
    // ... and every import names a stylesheet that exists.
    expect([...imported].filter((file) => !cssFiles.includes(file)).map(name)).toEqual([]);
  });
});
