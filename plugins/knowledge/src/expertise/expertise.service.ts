import { DataService, PeopleDirectory, UserInputError } from '@cadre/sdk';
import { Inject, Injectable } from '@cadre/sdk/common';
import { Brackets, In } from '@cadre/sdk/orm';
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

type AuthoredItem = { title: string; kind: string; publishedAt: string | null };

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
    return (await this.expertsFor([skillId], limit)).get(skillId) ?? [];
  }

  /** The same for several skills at once: each read is one query for all of them (a skill-gap report asks per gap). */
  async expertsFor(skillIds: string[], limit = 10): Promise<Map<string, Array<{ personId: string; score: number; level: number; evidence: string[] }>>> {
    const ranked = await this.rankMany(skillIds, limit);
    return new Map([...ranked].map(([id, experts]) => [id, experts.map((e) => ({ personId: e.personId, score: e.score, level: e.level, evidence: e.evidence }))]));
  }

  async rank(skillId: string, limit = 10): Promise<Expert[]> {
    if (!(await this.skills.skills()).some((s) => s.id === skillId)) throw new UserInputError('skillId', msg`no skill has the id ${skillId}`);
    return (await this.rankMany([skillId], limit)).get(skillId) ?? [];
  }

  /** Ranks people for each known skill of the list (unknown ids are left out). */
  private async rankMany(skillIds: string[], limit: number): Promise<Map<string, Expert[]>> {
    const known = new Map((await this.skills.skills()).map((s) => [s.id, s]));
    const skills = [...new Set(skillIds)].filter((id) => known.has(id));
    const out = new Map<string, Expert[]>();
    if (!skills.length) return out;
    const [holders, items, talks, reviews] = await Promise.all([this.skills.holders(skills), this.authoredItems(skills), this.talksGiven(skills), this.reviewsIn(skills)]);
    const rankedBySkill = new Map<string, Array<{ personId: string; level: number; items: number; talks: number; reviews: number; score: number }>>();
    for (const skillId of skills) {
      const levels = new Map(holders.filter((h) => h.skillId === skillId).map((h) => [h.personId, h.level]));
      const mine = { items: items.get(skillId), talks: talks.get(skillId), reviews: reviews.get(skillId) };
      const ids = new Set([...levels.keys(), ...(mine.items?.keys() ?? []), ...(mine.talks?.keys() ?? []), ...(mine.reviews?.keys() ?? [])]);
      rankedBySkill.set(skillId, [...ids]
        .map((personId) => {
          const x = { level: levels.get(personId) ?? 0, items: mine.items?.get(personId)?.length ?? 0, talks: mine.talks?.get(personId)?.length ?? 0, reviews: mine.reviews?.get(personId)?.count ?? 0 };
          return { personId, ...x, score: expertiseScore(x) };
        })
        .filter((e) => e.score > 0)
        .sort((a, b) => b.score - a.score || a.personId.localeCompare(b.personId))
        .slice(0, Math.max(1, Math.min(limit, 100))));
    }
    const everyone = [...new Set([...rankedBySkill.values()].flat().map((r) => r.personId))];
    const people = new Map([...(await this.people.summaries(everyone)).values()].map((p) => [p.id, toPersonRef(p)]));
    for (const [skillId, ranked] of rankedBySkill) {
      const skill = known.get(skillId)!;
      const sourcesOf = new Map(holders.filter((h) => h.skillId === skillId).map((h) => [h.personId, h.evidence]));
      out.set(skillId, ranked.map((r) => {
        const evidence: string[] = [];
        if (r.level > 0) {
          const sources = sourcesOf.get(r.personId) ?? [];
          evidence.push(`${skill.name} level ${r.level}/5${sources.length ? ` (evidence: ${sources.join(', ')})` : ''}`);
        }
        const authored = items.get(skillId)?.get(r.personId) ?? [];
        for (const item of authored.slice(0, MAX_TITLES)) evidence.push(`Authored "${item.title}" (${item.kind.replace('_', ' ')}, ${day(item.publishedAt)})`);
        if (authored.length > MAX_TITLES) evidence.push(`…and ${authored.length - MAX_TITLES} more items tagged ${skill.name}`);
        const given = talks.get(skillId)?.get(r.personId) ?? [];
        for (const talk of given.slice(0, MAX_TITLES)) evidence.push(`Gave the talk "${talk.title}" (${day(talk.scheduledAt)})`);
        if (given.length > MAX_TITLES) evidence.push(`…and ${given.length - MAX_TITLES} more talks`);
        const rv = reviews.get(skillId)?.get(r.personId);
        if (rv) evidence.push(`${rv.count} code review${rv.count === 1 ? '' : 's'} in ${[...rv.repositories].sort().join(', ')}`);
        return { ...r, person: people.get(r.personId) ?? missingPerson(r.personId), evidence };
      }));
    }
    return out;
  }

  /** By skill, by author: the tenant-visible, unarchived items tagged with it, newest first. */
  private async authoredItems(skillIds: string[]): Promise<Map<string, Map<string, AuthoredItem[]>>> {
    const bySkill = new Map<string, Map<string, AuthoredItem[]>>();
    const tagged = await this.data.repo(KnowledgeItemSkillEntity).findBy({ skillId: In(skillIds) });
    if (!tagged.length) return bySkill;
    const ids = [...new Set(tagged.map((t) => t.itemId))];
    const items = await this.data.repo(KnowledgeItemEntity).query('i').select(['i.id', 'i.title', 'i.kind', 'i.publishedAt']).andWhere('i.id IN (:...ids)', { ids }).andWhere('i.visibility = :v', { v: 'tenant' }).andWhere('i.archivedAt IS NULL').orderBy('i.publishedAt', 'DESC').addOrderBy('i.id', 'DESC').getMany();
    if (!items.length) return bySkill;
    const authors = await this.data.repo(KnowledgeItemAuthorEntity).query('a').andWhere('a.itemId IN (:...ids)', { ids: items.map((i) => i.id) }).getMany();
    for (const item of items) {
      for (const tag of tagged.filter((t) => t.itemId === item.id)) {
        const byPerson = bySkill.get(tag.skillId) ?? new Map<string, AuthoredItem[]>();
        for (const a of authors.filter((x) => x.itemId === item.id)) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), { title: item.title, kind: item.kind, publishedAt: item.publishedAt }]);
        bySkill.set(tag.skillId, byPerson);
      }
    }
    return bySkill;
  }

  /** By skill, by speaker: held talks tagged with it, newest first. */
  private async talksGiven(skillIds: string[]): Promise<Map<string, Map<string, KnowledgeTalkEntity[]>>> {
    const talks = await this.data.repo(KnowledgeTalkEntity).query('t').andWhere('t.status = :held', { held: 'held' })
      .andWhere(new Brackets((b) => skillIds.forEach((id, n) => b.orWhere(`t.skillIds LIKE :skill${n}`, { [`skill${n}`]: `%${JSON.stringify(id)}%` }))))
      .orderBy('t.scheduledAt', 'DESC').addOrderBy('t.id', 'DESC').getMany();
    const bySkill = new Map<string, Map<string, KnowledgeTalkEntity[]>>();
    for (const t of talks) {
      for (const skillId of t.skillIds.filter((id) => skillIds.includes(id))) {
        const byPerson = bySkill.get(skillId) ?? new Map<string, KnowledgeTalkEntity[]>();
        byPerson.set(t.speakerId, [...(byPerson.get(t.speakerId) ?? []), t]);
        bySkill.set(skillId, byPerson);
      }
    }
    return bySkill;
  }

  /** By skill, by reviewer: code reviews in repositories tagged with it. */
  private async reviewsIn(skillIds: string[]): Promise<Map<string, Map<string, { count: number; repositories: Set<string> }>>> {
    const repos = (await this.data.repo(CodeReviewRepositoryEntity).find()).filter((r) => r.skillIds.some((id) => skillIds.includes(id)));
    const bySkill = new Map<string, Map<string, { count: number; repositories: Set<string> }>>();
    if (!repos.length) return bySkill;
    // Counted in SQL: one row per reviewer and repository, however many reviews there are.
    const rows = await this.data.repo(CodeReviewEntity).query('r').select('r.reviewerId', 'reviewerId').addSelect('r.repository', 'repository').addSelect('COUNT(*)', 'count')
      .andWhere('r.repository IN (:...repos)', { repos: repos.map((r) => r.name) }).groupBy('r.reviewerId').addGroupBy('r.repository').getRawMany<{ reviewerId: string; repository: string; count: number | string }>();
    for (const repo of repos) {
      for (const skillId of repo.skillIds.filter((id) => skillIds.includes(id))) {
        const byPerson = bySkill.get(skillId) ?? new Map<string, { count: number; repositories: Set<string> }>();
        for (const r of rows.filter((x) => x.repository === repo.name)) {
          const entry = byPerson.get(r.reviewerId) ?? { count: 0, repositories: new Set<string>() };
          entry.count += Number(r.count);
          entry.repositories.add(r.repository);
          byPerson.set(r.reviewerId, entry);
        }
        bySkill.set(skillId, byPerson);
      }
    }
    return bySkill;
  }
}
