import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/** Raw HTML in the source is shown as text, never interpreted; links are made clickable. */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** What minutes may contain once rendered: text structure and http(s)/mailto links, nothing active. */
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 's', 'code', 'pre', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'title'], ol: ['start'], th: ['style'], td: ['style'] },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }) },
};
ALLOWED.allowedAttributes = { ...(ALLOWED.allowedAttributes as Record<string, string[]>), a: ['href', 'title', 'rel'] };

/**
 * Minutes as safe HTML: Markdown rendered with raw HTML disabled, then sanitized against an
 * allowlist, so that neither Markdown tricks nor a renderer bug can put a script or handler in a page.
 */
export function renderMinutes(source: string): string {
  return sanitizeHtml(markdown.render(source), ALLOWED);
}
