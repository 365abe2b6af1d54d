import { renderMarkdown } from '@tierwise/shared';
import { describe, expect, it } from 'vitest';
import { alignmentAsClasses } from './markdown-html';

describe('alignmentAsClasses', () => {
  it('turns table alignment into classes, leaving no style attribute (the CSP allows none)', () => {
    const html = alignmentAsClasses(renderMarkdown('| Tier | Discount | Mid |\n| :--- | ---: | :-: |\n| Gold | 30% | x |\n'));
    expect(html).not.toContain('style=');
    expect(html).toContain('<th class="md-align-left">Tier</th>');
    expect(html).toContain('<td class="md-align-right">30%</td>');
    expect(html).toContain('<td class="md-align-center">x</td>');
  });

  it('leaves other HTML alone', () => {
    expect(alignmentAsClasses('<p>text-align:left</p>')).toBe('<p>text-align:left</p>');
  });
});
