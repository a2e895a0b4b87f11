// The one place the knowledge plugin uses a third-party library (markdown-it, pinned).
// Markdown is rendered on the server so every client gets the same safe HTML: raw HTML in the
// source is escaped (html: false), links and images only keep http(s)/mailto/relative targets,
// and links open without handing the page to the target (rel=noopener).
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const SAFE_URL = /^(https?:|mailto:|#|\/(?!\/))/i;
md.validateLink = (url: string) => SAFE_URL.test(url.trim()) || !/^[a-z][a-z0-9+.-]*:/i.test(url.trim());

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Markdown → HTML that can be put into a page as is: no script, no handlers, no unsafe URLs. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** The readable text of a markdown document (for search and snippets): no markup, no URLs. */
export function markdownToText(source: string): string {
  const parts: string[] = [];
  for (const token of md.parse(source, {})) {
    if (token.type === 'inline') {
      const inline = (token.children ?? []).map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : '')).join('');
      parts.push(inline);
    } else if (token.type === 'fence' || token.type === 'code_block') {
      parts.push(token.content.trim());
    }
  }
  return parts.filter(Boolean).join('\n').replace(/[ \t]+/g, ' ').trim();
}
