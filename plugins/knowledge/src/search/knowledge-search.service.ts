import { DataService, UserInputError } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { Brackets } from '@cadre/sdk/orm';
import { KnowledgeItemHydrator, type ItemView } from '../items/knowledge-item.hydrator.js';
import { type ItemFilter, KnowledgeItemService } from '../items/knowledge-item.service.js';
import { KnowledgeViewer } from '../items/knowledge-viewer.service.js';
import { TRIGRAM_MIN, charLength, ftsPhrase, highlight, likePattern, parseTerms, relevance, snippet } from './search-text.js';

export interface SearchHit {
  view: ItemView;
  score: number;
  titleHtml: string;
  snippetHtml: string;
}

/** Candidates ranked in memory; enough for a knowledge base's worth of matches per query. */
const MAX_CANDIDATES = 1000;

/**
 * Full-text search over title and body, Chinese and English alike. Every term must match
 * (AND). SQLite: terms of ≥ 3 characters go through the FTS5 trigram index, shorter ones (e.g.
 * 模型, AI) through LIKE, which the trigram tokenizer cannot answer. PostgreSQL: ILIKE
 * (accelerated by pg_trgm indexes where the extension exists). Ranking and snippets are
 * computed the same way on both.
 */
@Injectable()
export class KnowledgeSearchService {
  constructor(
    private readonly data: DataService,
    private readonly items: KnowledgeItemService,
    private readonly viewer: KnowledgeViewer,
    private readonly hydrator: KnowledgeItemHydrator,
  ) {}

  async search(query: string, filter: ItemFilter, first: number, offset: number): Promise<{ hits: SearchHit[]; totalCount: number; terms: string[] }> {
    const terms = parseTerms(query);
    if (!terms.length) throw new UserInputError('query', 'must contain at least one word');
    if (terms.some((t) => charLength(t) > 100)) throw new UserInputError('query', 'a term may have at most 100 characters');
    const scope = await this.viewer.scope();
    const q = this.items.visibleQuery(scope, filter);
    const sqlite = this.data.dataSource.options.type === 'better-sqlite3';
    const ftsTerms = sqlite ? terms.filter((t) => charLength(t) >= TRIGRAM_MIN) : [];
    if (ftsTerms.length) {
      q.andWhere(`i.id IN (SELECT "itemId" FROM knowledge_item_fts WHERE knowledge_item_fts MATCH :fts AND "tenantId" = :__tenantId)`, { fts: ftsTerms.map(ftsPhrase).join(' AND ') });
    }
    const like = sqlite ? 'LIKE' : 'ILIKE';
    terms.filter((t) => !ftsTerms.includes(t)).forEach((term, n) => {
      q.andWhere(new Brackets((b) => b.where(`i.title ${like} :t${n} ESCAPE '\\'`, { [`t${n}`]: likePattern(term) }).orWhere(`i.bodyText ${like} :t${n} ESCAPE '\\'`)));
    });
    const candidates = await q.select(['i.id', 'i.title', 'i.bodyText', 'i.createdAt']).orderBy('i.createdAt', 'DESC').addOrderBy('i.id', 'DESC').take(MAX_CANDIDATES).getMany();
    const ranked = candidates
      .map((c) => ({ id: c.id, score: relevance(c.title, c.bodyText, terms), createdAt: c.createdAt }))
      .sort((a, b) => b.score - a.score || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
    const page = ranked.slice(offset, offset + first);
    if (!page.length) return { hits: [], totalCount: ranked.length, terms };
    const rows = await this.items.visibleQuery(scope, { archived: filter.archived }).andWhere('i.id IN (:...pageIds)', { pageIds: page.map((p) => p.id) }).getMany();
    const views = new Map((await this.hydrator.hydrate(rows, scope)).map((v) => [v.item.id, v]));
    const hits = page.flatMap((p) => {
      const view = views.get(p.id);
      return view ? [{ view, score: p.score, titleHtml: highlight(view.item.title, terms), snippetHtml: snippet(view.item.bodyText, terms) }] : [];
    });
    return { hits, totalCount: ranked.length, terms };
  }
}
