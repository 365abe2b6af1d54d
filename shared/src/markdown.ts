/**
 * Markdown to HTML for course content, built on markdown-it. The output is put
 * into the page as HTML (dangerouslySetInnerHTML), so it must never carry live
 * markup from the author. It is safe because:
 * - `html: false`: raw HTML blocks and inline tags are not parsed as HTML; they
 *   stay text and are escaped like all other text (the renderer escapes every
 *   text token, attribute value and code body). The html_block/html_inline
 *   renderers escape too, in case those tokens ever appear.
 * - Link targets (links, autolinks, linkified URLs) must be http(s) or mailto
 *   after markdown-it has decoded entities and escapes; anything else
 *   (javascript:, data:, vbscript:, file:, relative or protocol-relative) is
 *   not turned into a link and stays text. Links get rel="noopener noreferrer".
 * - Images are never emitted (see below), so no `src` is ever rendered.
 * - markdown-it only emits a fixed set of tags, and every attribute value it
 *   writes is escaped.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt('default', {
  html: false,
  // Bare URLs become links only when written with their scheme
  // (https://…, mailto:…): no guessing at "example.com" or e-mail addresses.
  linkify: true,
  typographer: false,
});
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });

// Course content links out, so only absolute http(s) and mailto targets pass;
// markdown-it hands over the decoded, normalised URL (entities such as
// `jav&#x61;script:` are already resolved here).
const ALLOWED_LINK = /^(?:https?:\/\/|mailto:)/i;
md.validateLink = (url: string) => ALLOWED_LINK.test(url.trim());

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  tokens[idx].attrSet('rel', 'noopener noreferrer');
  return self.renderToken(tokens, idx, options);
};

// Images are not allowed: an external image is fetched by every partner who
// opens the page (a tracking beacon that leaks who read it and when, and whose
// content can change after review), and there is no way to host vetted course
// images. The alt text is rendered instead, escaped.
md.renderer.rules.image = (tokens, idx, options, env, self) =>
  md.utils.escapeHtml(self.renderInlineAsText(tokens[idx].children ?? [], options, env));

// Belt and braces: with `html: false` these tokens are never produced.
md.renderer.rules.html_block = (tokens, idx) => md.utils.escapeHtml(tokens[idx].content);
md.renderer.rules.html_inline = (tokens, idx) => md.utils.escapeHtml(tokens[idx].content);

// Tables (GFM) are kept for comparison grids; the wrapper lets a wide table
// scroll sideways on narrow screens instead of breaking the layout.
md.renderer.rules.table_open = (tokens, idx, options, _env, self) =>
  `<div class="de-markdown-table">\n${self.renderToken(tokens, idx, options)}`;
md.renderer.rules.table_close = (tokens, idx, options, _env, self) => `${self.renderToken(tokens, idx, options)}</div>\n`;

// The page has its own h1, so content headings start at h2: `#` is h2, `##` h3,
// and so on, capped at h6.
md.core.ruler.push('shift_headings', (state) => {
  for (const token of state.tokens) {
    if (token.type !== 'heading_open' && token.type !== 'heading_close') continue;
    const level = Number(token.tag.slice(1));
    token.tag = `h${Math.min(level + 1, 6)}`;
  }
});

export function renderMarkdown(markdown: string): string {
  return md.render(markdown);
}
