// Pure text helpers of knowledge search: query terms, relevance and highlighted snippets.
// They run on both databases' candidates so ranking and snippets are the same everywhere.

export const MAX_TERMS = 8;
/** The FTS5 trigram tokenizer only indexes terms of three or more characters. */
export const TRIGRAM_MIN = 3;

/** Code-point length: 模型 is 2 characters whatever its UTF-16 length. */
export const charLength = (s: string) => Array.from(s).length;

/** Splits a query into terms; "quoted phrases" stay whole. Duplicates and blanks are dropped. */
export function parseTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    const term = (match[1] ?? match[2] ?? '').trim().replace(/\s+/g, ' ');
    if (term && !terms.some((t) => t.toLowerCase() === term.toLowerCase())) terms.push(term);
  }
  return terms.slice(0, MAX_TERMS);
}

/** An FTS5 phrase: double quotes inside are doubled. */
export const ftsPhrase = (term: string) => `"${term.replace(/"/g, '""')}"`;

/** A LIKE pattern matching the term anywhere, with %, _ and \ escaped (use ESCAPE '\'). */
export const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function termsRegExp(terms: string[]): RegExp | null {
  if (!terms.length) return null;
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(escapeRegExp).join('|'), 'giu');
}

const countOf = (text: string, term: string) => (text.match(new RegExp(escapeRegExp(term), 'giu')) ?? []).length;

/**
 * Relevance: for each term, 5 points per occurrence in the title (at most 3) plus 1 point per
 * occurrence in the body (at most 10). Titles weigh more because they say what an item is about.
 */
export function relevance(title: string, body: string, terms: string[]): number {
  let score = 0;
  for (const term of terms) score += 5 * Math.min(countOf(title, term), 3) + Math.min(countOf(body, term), 10);
  return score;
}

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Escapes `text` as HTML and wraps every occurrence of a term in <mark>…</mark>. */
export function highlight(text: string, terms: string[]): string {
  const re = termsRegExp(terms);
  if (!re) return escapeHtml(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(re)) {
    out += escapeHtml(text.slice(last, m.index)) + `<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

/**
 * About `width` characters of the body around the first match, HTML-escaped, with the
 * matches marked and an ellipsis where it was cut. Without a match: the start of the body.
 */
export function snippet(body: string, terms: string[], width = 160): string {
  const chars = Array.from(body.replace(/\s+/g, ' ').trim());
  const flat = chars.join('');
  const re = termsRegExp(terms);
  const first = re ? re.exec(flat) : null;
  let start = 0;
  if (first) {
    const matchStart = Array.from(flat.slice(0, first.index)).length;
    start = Math.max(0, matchStart - Math.floor(width / 3));
  }
  const end = Math.min(chars.length, start + width);
  start = Math.max(0, Math.min(start, end - width));
  const window = chars.slice(start, end).join('');
  return `${start > 0 ? '…' : ''}${highlight(window, terms)}${end < chars.length ? '…' : ''}`;
}
