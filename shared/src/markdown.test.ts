import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

// What the renderer may emit: tag name -> allowed attributes.
const ALLOWED: Record<string, string[]> = {
  p: [], h2: [], h3: [], h4: [], h5: [], h6: [], strong: [], em: [], s: [], br: [], hr: [], blockquote: [],
  ul: [], ol: ['start'], li: [], pre: [], code: ['class'], a: ['href', 'title', 'rel'],
  div: ['class'], table: [], thead: [], tbody: [], tr: [], th: ['style'], td: ['style'],
};

/**
 * Asserts the HTML carries no live markup beyond the allowed set. Text `<` and
 * `"` are always escaped (&lt;, &quot;), so every literal `<` here starts a real
 * tag and every literal `"` delimits an attribute value. Each tag must be
 * well-formed, with allowed attributes only. Escaped text such as
 * `&lt;img onerror=…&gt;` (or `onmouseover` inside an escaped title) is inert.
 */
function expectSafe(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(img|iframe|svg|object|embed|style|link|meta|form|input|base)\b/i);
  expect(html).not.toMatch(/href="\s*javascript/i);
  expect(html).not.toMatch(/href="\s*data:/i);
  expect(html).not.toMatch(/href="\s*vbscript/i);
  for (const [tag] of html.matchAll(/<[^>]*>?/g)) {
    const m = /^<(\/?)([a-z][a-z0-9]*)((?: [a-z]+="[^"<>]*")*)>$/.exec(tag);
    expect(m, `malformed tag ${tag}`).not.toBeNull();
    const [, closing, name, attrs] = m!;
    // No event-handler attribute (` on…=`) outside the quoted values.
    expect(attrs.replace(/="[^"]*"/g, '=""'), `tag ${tag}`).not.toMatch(/\son\w+\s*=/i);
    expect(Object.keys(ALLOWED), `tag ${tag}`).toContain(name);
    if (closing) expect(attrs).toBe('');
    for (const [, attr, value] of attrs.matchAll(/ ([a-z]+)="([^"]*)"/g)) {
      expect(ALLOWED[name], `attribute ${attr} on ${tag}`).toContain(attr);
      if (attr === 'href') expect(value).toMatch(/^(https?:\/\/|mailto:)/i);
      if (attr === 'style') expect(value).toMatch(/^text-align:(left|right|center)$/);
    }
  }
}

describe('renderMarkdown', () => {
  it('renders headings, lists, emphasis, code and safe links', () => {
    const html = renderMarkdown('# Intro\nSome **bold** and *soft* text with `code`.\n\n- one\n- two\n\n1. first\n\n[docs](https://example.com/a?b=1&c=2)');
    expect(html).toBe(
      [
        '<h2>Intro</h2>',
        '<p>Some <strong>bold</strong> and <em>soft</em> text with <code>code</code>.</p>',
        '<ul>',
        '<li>one</li>',
        '<li>two</li>',
        '</ul>',
        '<ol>',
        '<li>first</li>',
        '</ol>',
        '<p><a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">docs</a></p>',
        '',
      ].join('\n'),
    );
    expectSafe(html);
  });

  it.each([
    ['<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n'],
    ['[x](javascript:alert(1))', '<p>[x](javascript:alert(1))</p>\n'],
    ['<img src=x onerror=alert(1)>', '<p>&lt;img src=x onerror=alert(1)&gt;</p>\n'],
    ['[x](https://a.test/"onmouseover="alert(1))', '<p><a href="https://a.test/%22onmouseover=%22alert(1)" rel="noopener noreferrer">x</a></p>\n'],
    ['```\n<b>raw</b>\n```', '<pre><code>&lt;b&gt;raw&lt;/b&gt;\n</code></pre>\n'],
  ])('never lets HTML through: %s', (markdown, html) => {
    expect(renderMarkdown(markdown)).toBe(html);
    expectSafe(html);
  });

  describe('raw HTML is escaped as text', () => {
    it.each([
      ['script block', '<script>alert(1)</script>\n\ntext'],
      ['script inline', 'before <script src="https://evil.test/x.js"></script> after'],
      ['img onerror', '<img src=x onerror=alert(1)>'],
      ['img onerror inline', 'look: <img src="x" onerror="alert(1)"> here'],
      ['svg onload', '<svg onload=alert(1)>'],
      ['event handler on a block', '<div onclick="alert(1)">\n*hi*\n</div>'],
      ['anchor with handler', '<a href="https://ok.test" onmouseover="alert(1)">x</a>'],
      ['iframe', '<iframe src="javascript:alert(1)"></iframe>'],
      ['style', '<style>body{display:none}</style>'],
      ['comment', '<!-- <script>alert(1)</script> -->'],
      ['cdata', '<![CDATA[<script>alert(1)</script>]]>'],
      ['html in a list', '- <b onmouseover=alert(1)>x</b>'],
      ['html in a heading', '# <script>alert(1)</script>'],
      ['html in a link label', '[<img src=x onerror=alert(1)>](https://ok.test)'],
      ['html in a table cell', '| a |\n|---|\n| <script>alert(1)</script> |'],
    ])('%s', (_name, markdown) => {
      const html = renderMarkdown(markdown);
      expectSafe(html);
      expect(html).toContain('&lt;');
    });

    it('keeps the text of an HTML block', () => {
      expect(renderMarkdown('<div onclick="alert(1)">\n*hi*\n</div>')).toBe(
        '<p>&lt;div onclick=&quot;alert(1)&quot;&gt;\n<em>hi</em>\n&lt;/div&gt;</p>\n',
      );
    });

    it('keeps the text of inline HTML', () => {
      expect(renderMarkdown('a <b onmouseover="alert(1)">b</b> c')).toBe('<p>a &lt;b onmouseover=&quot;alert(1)&quot;&gt;b&lt;/b&gt; c</p>\n');
    });
  });

  describe('link targets', () => {
    it.each([
      ['javascript:', '[x](javascript:alert(1))'],
      ['mixed case', '[x](JaVaScRiPt:alert(1))'],
      ['hex entity', '[x](jav&#x61;script:alert(1))'],
      ['decimal entity', '[x](&#106;avascript:alert(1))'],
      ['named entity colon', '[x](javascript&colon;alert(1))'],
      ['percent-encoded', '[x](javascript%3Aalert(1))'],
      ['leading spaces', '[x](   javascript:alert(1))'],
      ['leading newline', '[x](\njavascript:alert(1))'],
      ['leading spaces and newline', '[x](  \n  javascript:alert(1))'],
      ['angle-bracket destination', '[x](<javascript:alert(1)>)'],
      ['angle-bracket destination with space', '[x](< javascript:alert(1)>)'],
      ['with title', '[x](javascript:alert(1) "t")'],
      ['backslash escape', '[x](javascript\\:alert(1))'],
      ['data:', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
      ['data: image', '[x](data:image/png;base64,iVBORw0KGgo=)'],
      ['DATA: upper case', '[x](DATA:text/html,<script>alert(1)</script>)'],
      ['vbscript:', '[x](vbscript:msgbox(1))'],
      ['file:', '[x](file:///etc/passwd)'],
      ['ftp:', '[x](ftp://files.test/a)'],
      ['relative', '[x](/portal/admin)'],
      ['dot relative', '[x](../secret)'],
      ['protocol-relative', '[x](//evil.test/a)'],
      ['fragment', '[x](#top)'],
      ['autolink javascript:', '<javascript:alert(1)>'],
      ['autolink mixed case', '<JavaScript:alert(1)>'],
      ['autolink data:', '<data:text/html,alert(1)>'],
      ['autolink vbscript:', '<vbscript:msgbox(1)>'],
      ['reference definition', '[r]: javascript:alert(1)\n\n[x][r]'],
      ['reference definition with entity', '[r]: jav&#x61;script:alert(1)\n\n[x][r]'],
      ['collapsed reference', '[x]: data:text/html,alert(1)\n\n[x][]'],
      ['bare javascript: text', 'click javascript:alert(1) now'],
      ['bare protocol-relative text', 'see //evil.test/a'],
    ])('%s is not a link', (_name, markdown) => {
      const html = renderMarkdown(markdown);
      expectSafe(html);
      expect(html).not.toContain('<a');
    });

    it('leaves the text of a refused link in place', () => {
      expect(renderMarkdown('[x](vbscript:msgbox)')).toBe('<p>[x](vbscript:msgbox)</p>\n');
      expect(renderMarkdown('<javascript:alert(1)>')).toBe('<p>&lt;javascript:alert(1)&gt;</p>\n');
    });

    it.each([
      ['http', '[x](http://example.test/a)', '<p><a href="http://example.test/a" rel="noopener noreferrer">x</a></p>\n'],
      ['https', '[x](https://example.test/a?b=1&c=2#d)', '<p><a href="https://example.test/a?b=1&amp;c=2#d" rel="noopener noreferrer">x</a></p>\n'],
      ['upper-case scheme', '[x](HTTPS://example.test)', '<p><a href="HTTPS://example.test" rel="noopener noreferrer">x</a></p>\n'],
      ['mailto', '[mail us](mailto:partners@example.test)', '<p><a href="mailto:partners@example.test" rel="noopener noreferrer">mail us</a></p>\n'],
      ['title', '[x](https://example.test "The title")', '<p><a href="https://example.test" title="The title" rel="noopener noreferrer">x</a></p>\n'],
      [
        'title with quotes',
        '[x](https://example.test "a\\" onmouseover=\\"alert(1)")',
        '<p><a href="https://example.test" title="a&quot; onmouseover=&quot;alert(1)" rel="noopener noreferrer">x</a></p>\n',
      ],
      ['autolink', '<https://example.test/a>', '<p><a href="https://example.test/a" rel="noopener noreferrer">https://example.test/a</a></p>\n'],
      ['e-mail autolink', '<partners@example.test>', '<p><a href="mailto:partners@example.test" rel="noopener noreferrer">partners@example.test</a></p>\n'],
      ['reference', '[r]: https://example.test\n\n[x][r]', '<p><a href="https://example.test" rel="noopener noreferrer">x</a></p>\n'],
      ['bare https URL', 'see https://example.test/a.', '<p>see <a href="https://example.test/a" rel="noopener noreferrer">https://example.test/a</a>.</p>\n'],
      ['bare mailto', 'write mailto:a@example.test', '<p>write <a href="mailto:a@example.test" rel="noopener noreferrer">mailto:a@example.test</a></p>\n'],
    ])('%s renders with rel', (_name, markdown, html) => {
      expect(renderMarkdown(markdown)).toBe(html);
      expectSafe(html);
    });

    it('does not guess links from bare domains or e-mail addresses', () => {
      expect(renderMarkdown('example.test, www.example.test and a@example.test')).toBe('<p>example.test, www.example.test and a@example.test</p>\n');
    });
  });

  describe('images', () => {
    it.each([
      ['https image', '![Tier chart](https://cdn.example.test/chart.png)', '<p>Tier chart</p>\n'],
      ['data image', '![x](data:image/png;base64,iVBORw0KGgo=)', '<p>![x](data:image/png;base64,iVBORw0KGgo=)</p>\n'],
      ['javascript image', '![x](javascript:alert(1))', '<p>![x](javascript:alert(1))</p>\n'],
      ['alt with markup', '![a <b onclick=x> **c**](https://cdn.example.test/i.png)', '<p>a &lt;b onclick=x&gt; c</p>\n'],
      ['image inside a link', '[![logo](https://cdn.example.test/l.png)](https://example.test)', '<p><a href="https://example.test" rel="noopener noreferrer">logo</a></p>\n'],
    ])('%s renders as alt text only', (_name, markdown, html) => {
      expect(renderMarkdown(markdown)).toBe(html);
      expectSafe(html);
    });
  });

  describe('headings', () => {
    it.each([
      ['# One', '<h2>One</h2>\n'],
      ['## Two', '<h3>Two</h3>\n'],
      ['### Three', '<h4>Three</h4>\n'],
      ['#### Four', '<h5>Four</h5>\n'],
      ['##### Five', '<h6>Five</h6>\n'],
      ['###### Six', '<h6>Six</h6>\n'],
      ['Setext one\n===', '<h2>Setext one</h2>\n'],
      ['Setext two\n---', '<h3>Setext two</h3>\n'],
    ])('%j shifts one level down', (markdown, html) => {
      expect(renderMarkdown(markdown)).toBe(html);
    });

    it('never emits an h1', () => {
      expect(renderMarkdown('# a\n\n## b\n\nc\n=\n\n###### d')).not.toMatch(/<h1/);
    });
  });

  describe('code', () => {
    it.each([
      ['inline', 'run `<script>alert(1)</script>` now', '<p>run <code>&lt;script&gt;alert(1)&lt;/script&gt;</code> now</p>\n'],
      ['inline with quotes and ampersand', '`a & "b" \'c\'`', '<p><code>a &amp; &quot;b&quot; \'c\'</code></p>\n'],
      ['fenced', '```\n<img src=x onerror=alert(1)>\n```', '<pre><code>&lt;img src=x onerror=alert(1)&gt;\n</code></pre>\n'],
      ['fenced with language', '```html\n<b>x</b>\n```', '<pre><code class="language-html">&lt;b&gt;x&lt;/b&gt;\n</code></pre>\n'],
      [
        'fenced with hostile info string',
        '```"><script>alert(1)</script>\nx\n```',
        '<pre><code class="language-&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">x\n</code></pre>\n',
      ],
      ['indented', '    <script>alert(1)</script>', '<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>\n'],
      ['markdown inside code stays literal', '`[x](javascript:alert(1))`', '<p><code>[x](javascript:alert(1))</code></p>\n'],
    ])('%s escapes its content', (_name, markdown, html) => {
      expect(renderMarkdown(markdown)).toBe(html);
      expectSafe(html);
    });
  });

  describe('other blocks', () => {
    it('renders tables inside a scroll wrapper', () => {
      const html = renderMarkdown('| Tier | Discount |\n|:--|--:|\n| Gold | 30% |');
      expect(html).toBe(
        [
          '<div class="de-markdown-table">',
          '<table>',
          '<thead>',
          '<tr>',
          '<th style="text-align:left">Tier</th>',
          '<th style="text-align:right">Discount</th>',
          '</tr>',
          '</thead>',
          '<tbody>',
          '<tr>',
          '<td style="text-align:left">Gold</td>',
          '<td style="text-align:right">30%</td>',
          '</tr>',
          '</tbody>',
          '</table>',
          '</div>',
          '',
        ].join('\n'),
      );
      expectSafe(html);
    });

    it('renders blockquotes, rules, breaks, strikethrough and numbered lists', () => {
      const html = renderMarkdown('> quoted\n\n---\n\na  \nb ~~gone~~\n\n3. three\n4. four');
      expect(html).toBe(
        '<blockquote>\n<p>quoted</p>\n</blockquote>\n<hr>\n<p>a<br>\nb <s>gone</s></p>\n<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>\n',
      );
      expectSafe(html);
    });

    it('returns an empty string for empty content', () => {
      expect(renderMarkdown('')).toBe('');
      expect(renderMarkdown('   \n\n')).toBe('');
    });
  });
});
