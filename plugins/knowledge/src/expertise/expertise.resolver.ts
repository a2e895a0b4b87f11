import { DataService, RequirePermission, SignedIn, SortDirectionValue, UserInputError } from '@cadre/sdk';
import { Args, ID, Int, Query, Resolver } from '@cadre/sdk/graphql';
import { Inject } from '@cadre/sdk/common';
import { KnowledgeItemService } from '../items/knowledge-item.service.js';
import { KnowledgeViewer } from '../items/knowledge-viewer.service.js';
import { KnowledgeItemSkillEntity } from '../items/knowledge-item-skill.entity.js';
import type { StructureSkills } from '@cadre/plugin-structure/contracts';
import { CollaborationService } from './collaboration.service.js';
import { EXPERTISE_FORMULA, SHARING_INDEX_FORMULA } from './expertise-score.js';
import { ExpertiseService } from './expertise.service.js';
import {
  KnowledgeCoAuthorEdgeType, KnowledgeExpertResultType, KnowledgeSharingIndexType, KnowledgeSkillUseType, KnowledgeTeamSharingIndexType,
} from './expertise.types.js';
import { SharingIndexService, defaultPeriod } from './sharing-index.service.js';
import { KnowledgeSharingIndexConnection, SharingIndexFilter, SharingIndexSort, SharingIndexSortField } from './sharing-index-page.types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function period(from?: string, to?: string) {
  if (from && !DATE.test(from)) throw new UserInputError('from', 'must be a date as YYYY-MM-DD');
  if (to && !DATE.test(to)) throw new UserInputError('to', 'must be a date as YYYY-MM-DD');
  const p = defaultPeriod(from, to);
  if (p.from > p.to) throw new UserInputError('from', 'must not be after to');
  return p;
}

@Resolver()
export class ExpertiseResolver {
  constructor(
    private readonly expertise: ExpertiseService,
    private readonly index: SharingIndexService,
    private readonly collaboration: CollaborationService,
    private readonly items: KnowledgeItemService,
    private readonly viewer: KnowledgeViewer,
    private readonly data: DataService,
    @Inject('structure.skills') private readonly skills: StructureSkills,
  ) {}

  @Query(() => KnowledgeExpertResultType, { description: 'Who knows this skill: skill profile, authored items, talks given and code reviews, with the evidence' })
  @RequirePermission('knowledge.expertise.read')
  async experts(@Args('skillId', { type: () => ID }) skillId: string, @Args('limit', { type: () => Int, defaultValue: 10 }) limit: number): Promise<KnowledgeExpertResultType> {
    if (limit < 1 || limit > 100) throw new UserInputError('limit', 'must be from 1 to 100');
    const experts = await this.expertise.rank(skillId, limit);
    const skill = (await this.skills.skills()).find((s) => s.id === skillId)!;
    return { skill: { id: skill.id, name: skill.name }, formula: EXPERTISE_FORMULA, experts: experts.map((e) => ({ person: e.person, score: e.score, level: e.level, items: e.items, talks: e.talks, reviews: e.reviews, evidence: e.evidence })) };
  }

  @Query(() => [KnowledgeSkillUseType], { description: 'Skills (optionally matching a name) with how many visible items carry each: the tag cloud and the expert-finder picker' })
  @RequirePermission('knowledge.items.read')
  async knowledgeSkillTags(@Args('query', { nullable: true }) query?: string): Promise<KnowledgeSkillUseType[]> {
    if (query && query.length > 200) throw new UserInputError('query', 'must have at most 200 characters');
    const needle = query?.trim().toLowerCase();
    const skills = (await this.skills.skills()).filter((s) => !needle || s.name.toLowerCase().includes(needle));
    const visible = await this.items.visibleQuery(await this.viewer.scope()).select(['i.id']).getMany();
    const ids = new Set(visible.map((i) => i.id));
    const counts = new Map<string, number>();
    const tags = await this.data.repo(KnowledgeItemSkillEntity).find();
    for (const t of tags) if (ids.has(t.itemId)) counts.set(t.skillId, (counts.get(t.skillId) ?? 0) + 1);
    return skills.map((s) => ({ id: s.id, name: s.name, categoryName: s.categoryName, items: counts.get(s.id) ?? 0 })).sort((a, b) => b.items - a.items || a.name.localeCompare(b.name));
  }

  @Query(() => KnowledgeSharingIndexType, { description: 'Knowledge-sharing index per person (yourself and your reports, or everyone with knowledge.index.read); default period: the last 365 days' })
  @SignedIn()
  async knowledgeSharingIndex(
    @Args('from', { nullable: true }) from?: string,
    @Args('to', { nullable: true }) to?: string,
    @Args('personIds', { type: () => [ID], nullable: true }) personIds?: string[],
  ): Promise<KnowledgeSharingIndexType> {
    const p = period(from, to);
    return { formula: SHARING_INDEX_FORMULA, ...p, people: await this.index.forPeople(p, personIds) };
  }

  @Query(() => KnowledgeSharingIndexConnection, { description: 'knowledgeSharingIndex of everyone you may see, a page at a time: filtered and sorted (highest index first by default) on the server' })
  @SignedIn()
  async knowledgeSharingIndexPage(
    @Args('from', { nullable: true }) from: string,
    @Args('to', { nullable: true }) to: string,
    @Args('filter', { type: () => SharingIndexFilter, nullable: true }) filter: SharingIndexFilter,
    @Args('sort', { type: () => SharingIndexSort, nullable: true }) sort: SharingIndexSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<KnowledgeSharingIndexConnection> {
    const p = period(from ?? undefined, to ?? undefined);
    const page = await this.index.page(p, filter ?? {}, sort ?? { field: SharingIndexSortField.INDEX, direction: SortDirectionValue.DESC }, first, after);
    return { formula: SHARING_INDEX_FORMULA, ...p, ...page };
  }

  @Query(() => KnowledgeTeamSharingIndexType, { description: 'Knowledge-sharing index per org unit (mean over members, sub-units included)' })
  @RequirePermission('knowledge.index.teams')
  async teamKnowledgeSharingIndex(@Args('from', { nullable: true }) from?: string, @Args('to', { nullable: true }) to?: string): Promise<KnowledgeTeamSharingIndexType> {
    const p = period(from, to);
    return { formula: SHARING_INDEX_FORMULA, ...p, teams: await this.index.forTeams(p) };
  }

  @Query(() => [KnowledgeCoAuthorEdgeType], { description: 'Co-authorship between org units (also published to structure as knowledge.collaboration)' })
  @RequirePermission('knowledge.expertise.read')
  knowledgeCoAuthorEdges(): Promise<KnowledgeCoAuthorEdgeType[]> {
    return this.collaboration.coAuthorEdges();
  }
}
