import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from './csv.js';

describe('parseCsv', () => {
  it.each([
    ['a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['"x, y","say ""hi"""\n', [['x, y', 'say "hi"']]],
    ['\uFEFFdomain\nacme.com\n\n', [['domain'], ['acme.com']]],
    ['a,,c\n', [['a', '', 'c']]],
  ])('parses %j', (text, expected) => {
    expect(parseCsv(text).map((r) => r.fields)).toEqual(expected);
  });

  it('numbers rows by the line they start on, past quoted line breaks and blank lines', () => {
    const rows = parseCsv('h1,h2\n"multi\nline",x\n\nlast,y\n');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5]);
  });
});

describe('toCsv', () => {
  it('quotes what needs it and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(-5)).toBe('-5');
    expect(toCsv(['id', 'name'], [[1, 'Acme "A"']])).toBe('id,name\r\n1,"Acme ""A"""\r\n');
  });

  it('round-trips through parseCsv', () => {
    const rows = [['x, y', 'line\nbreak', 'plain']];
    expect(parseCsv(toCsv(['a', 'b', 'c'], rows)).map((r) => r.fields)).toEqual([['a', 'b', 'c'], ...rows]);
  });
});
