/**
 * Markdown tables mark column alignment with `style="text-align:…"`
 * (markdown-it). The pages' Content-Security-Policy allows no inline styles,
 * so the alignment becomes a class (`md-align-left|center|right`, styled in
 * styles/markdown.css). The HTML is renderMarkdown's (HTML input off): the
 * only style attributes it writes are these.
 */
export function alignmentAsClasses(html: string): string {
  return html.replace(/ style="text-align:\s*(left|right|center);?"/g, ' class="md-align-$1"');
}
