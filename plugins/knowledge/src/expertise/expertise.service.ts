import { DataService, PeopleDirectory, UserInputError } from '@cadre/sdk';
import { Inject, Injectable } from '@cadre/sdk/common';
import { KnowledgeItemAuthorEntity } from '../items/knowledge-item-author.entity.js';
import { KnowledgeItemSkillEntity } from '../items/knowledge-item-skill.entity.js';
import { KnowledgeItemEntity } from '../items/knowledge-item.entity.js';
import { CodeReviewRepositoryEntity } from '../reviews/code-review-repository.entity.js';
import { CodeReviewEntity } from '../reviews/code-review.entity.js';
import { missingPerson, toPersonRef, type PersonRef } from '../shared/people-names.js';
import type { StructureSkills } from '@cadre/plugin-structure/contracts';
import type { KnowledgeExpertise } from '../contracts.js';
import { KnowledgeTalkEntity } from '../talks/knowledge-talk.entity.js';
import { expertiseScore } from './expertise-score.js';
import { msg } from '@cadre/sdk';

export interface Expert {
  personId: string;
  person: PersonRef;
  score: number;
  level: number;
  items: number;
  talks: number;
  reviews: number;
  evidence: string[];
}

const MAX_TITLES = 3;
const day = (iso: string | null) => (iso ?? '').slice(0, 10);

/**
 * "Who knows X": ranks people for a skill from their skill profile, the published items and
 * held talks tagged with it, and their code reviews in repositories tagged with it. Only
 * tenant-visible items count, so the evidence shown never leaks a unit-only or draft title.
 * Published to other plugins as 'knowledge.expertise'.
 */
@Injectable()
export class ExpertiseService implements KnowledgeExpertise {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    @Inject('structure.skills') private readonly skills: StructureSkills,
  ) {}

  /** The published contract: the best `limit` people for the skill with their evidence. */
  async experts(skillId: string, limit = 10): Promise<Array<{ personId: string; score: number; level: number; evidence: string[] }>> {
    return (await this.rank(skillId, limit)).map((e) => ({ personId: e.personId, score: e.score, level: e.level, evidence: e.evidence }));
  }

  async rank(skillId: string, limit = 10): Promise<Expert[]> {
    const skill = (await this.skills.skills()).find((s) => s.id === skillId);
    if (!skill) throw new UserInputError('skillId', msg`no skill has the id ${skillId}`);
    const holders = await this.skills.holders(skillId);
    const levels = new Map(holders.map((h) => [h.personId, h.level]));
    const sourcesOf = new Map(holders.map((h) => [h.personId, h.evidence]));
    const items = await this.authoredItems(skillId);
    const talks = await this.talksGiven(skillId);
    const reviews = await this.reviewsIn(skillId);
    const ids = new Set([...levels.keys(), ...items.keys(), ...talks.keys(), ...reviews.keys()]);
    const ranked = [...ids]
      .map((personId) => {
        const x = { level: levels.get(personId) ?? 0, items: items.get(personId)?.length ?? 0, talks: talks.get(personId)?.length ?? 0, reviews: reviews.get(personId)?.count ?? 0 };
        return { personId, ...x, score: expertiseScore(x) };
      })
      .filter((e) => e.score > 0)
      .sort((a, b) => b.score - a.score || a.personId.localeCompare(b.personId))
      .slice(0, Math.max(1, Math.min(limit, 100)));
    const people = new Map([...(await this.people.summaries(ranked.map((r) => r.personId))).values()].map((p) => [p.id, toPersonRef(p)]));
    const result: Expert[] = [];
    for (const r of ranked) {
      const evidence: string[] = [];
      if (r.level > 0) {
        const sources = sourcesOf.get(r.personId) ?? [];
        evidence.push(`${skill.name} level ${r.level}/5${sources.length ? ` (evidence: ${sources.join(', ')})` : ''}`);
      }
      const authored = items.get(r.personId) ?? [];
      for (const item of authored.slice(0, MAX_TITLES)) evidence.push(`Authored "${item.title}" (${item.kind.replace('_', ' ')}, ${day(item.publishedAt)})`);
      if (authored.length > MAX_TITLES) evidence.push(`…and ${authored.length - MAX_TITLES} more items tagged ${skill.name}`);
      const given = talks.get(r.personId) ?? [];
      for (const talk of given.slice(0, MAX_TITLES)) evidence.push(`Gave the talk "${talk.title}" (${day(talk.scheduledAt)})`);
      if (given.length > MAX_TITLES) evidence.push(`…and ${given.length - MAX_TITLES} more talks`);
      const rv = reviews.get(r.personId);
      if (rv) evidence.push(`${rv.count} code review${rv.count === 1 ? '' : 's'} in ${[...rv.repositories].sort().join(', ')}`);
      result.push({ ...r, person: people.get(r.personId) ?? missingPerson(r.personId), evidence });
    }
    return result;
  }

  private async authoredItems(skillId: string): Promise<Map<string, Array<{ title: string; kind: string; publishedAt: string | null }>>> {
    const tagged = await this.data.repo(KnowledgeItemSkillEntity).findBy({ skillId });
    const byPerson = new Map<string, Array<{ title: string; kind: string; publishedAt: string | null }>>();
    if (!tagged.length) return byPerson;
    const ids = tagged.map((t) => t.itemId);
    const items = await this.data.repo(KnowledgeItemEntity).query('i').select(['i.id', 'i.title', 'i.kind', 'i.publishedAt']).andWhere('i.id IN (:...ids)', { ids }).andWhere('i.visibility = :v', { v: 'tenant' }).andWhere('i.archivedAt IS NULL').orderBy('i.publishedAt', 'DESC').addOrderBy('i.id', 'DESC').getMany();
    if (!items.length) return byPerson;
    const authors = await this.data.repo(KnowledgeItemAuthorEntity).query('a').andWhere('a.itemId IN (:...ids)', { ids: items.map((i) => i.id) }).getMany();
    for (const item of items) {
      for (const a of authors.filter((x) => x.itemId === item.id)) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), { title: item.title, kind: item.kind, publishedAt: item.publishedAt }]);
    }
    return byPerson;
  }

  private async talksGiven(skillId: string): Promise<Map<string, KnowledgeTalkEntity[]>> {
    const talks = await this.data.repo(KnowledgeTalkEntity).query('t').andWhere('t.status = :held', { held: 'held' }).andWhere('t.skillIds LIKE :skill', { skill: `%${JSON.stringify(skillId)}%` }).orderBy('t.scheduledAt', 'DESC').addOrderBy('t.id', 'DESC').getMany();
    const byPerson = new Map<string, KnowledgeTalkEntity[]>();
    for (const t of talks) byPerson.set(t.speakerId, [...(byPerson.get(t.speakerId) ?? []), t]);
    return byPerson;
  }

  private async reviewsIn(skillId: string): Promise<Map<string, { count: number; repositories: Set<string> }>> {
    const repos = (await this.data.repo(CodeReviewRepositoryEntity).find()).filter((r) => r.skillIds.includes(skillId)).map((r) => r.name);
    const byPerson = new Map<string, { count: number; repositories: Set<string> }>();
    if (!repos.length) return byPerson;
    const rows = await this.data.repo(CodeReviewEntity).query('r').select(['r.id', 'r.reviewerId', 'r.repository']).andWhere('r.repository IN (:...repos)', { repos }).getMany();
    for (const r of rows) {
      const entry = byPerson.get(r.reviewerId) ?? { count: 0, repositories: new Set<string>() };
      entry.count += 1;
      entry.repositories.add(r.repository);
      byPerson.set(r.reviewerId, entry);
    }
    return byPerson;
  }
}
