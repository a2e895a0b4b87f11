import { RequirePermission } from '@cadre/sdk';
import { Args, ID, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import type { SkillRef } from '@cadre/plugin-structure/contracts';
import { DevelopmentLookups } from '../shared/skill-names.service.js';
import type { CareerLevelEntity } from './career-level.entity.js';
import { LadderService, type LadderView } from './ladder.service.js';
import { CareerLadderType, CareerLevelInput, CareerLevelType, type CareerTrack, CreateCareerLadderInput, UpdateCareerLadderInput } from './ladder.types.js';

export const toLevelType = (l: CareerLevelEntity, skills: Map<string, SkillRef>): CareerLevelType => ({
  id: l.id, ladderId: l.ladderId, code: l.code, rank: l.rank, title: l.title, description: l.description, updatedAt: l.updatedAt,
  expectations: l.expectations.map((e) => ({ skillId: e.skillId, skillName: skills.get(e.skillId)?.name ?? '(unknown skill)', level: e.level })),
});

const toLadderType = (v: LadderView, skills: Map<string, SkillRef>): CareerLadderType => ({
  id: v.ladder.id, track: v.ladder.track as CareerTrack, name: v.ladder.name, description: v.ladder.description, levels: v.levels.map((l) => toLevelType(l, skills)),
});

@Resolver(() => CareerLadderType)
export class LadderResolver {
  constructor(
    private readonly ladders: LadderService,
    private readonly lookups: DevelopmentLookups,
  ) {}

  @Query(() => [CareerLadderType], { description: 'Career ladders with their levels and expected skills' })
  @RequirePermission('development.ladders.read')
  async careerLadders(): Promise<CareerLadderType[]> {
    const skills = await this.lookups.skillMap();
    return (await this.ladders.list()).map((v) => toLadderType(v, skills));
  }

  @Mutation(() => CareerLadderType)
  @RequirePermission('development.ladders.write')
  async createCareerLadder(@Args('input') input: CreateCareerLadderInput): Promise<CareerLadderType> {
    return toLadderType(await this.ladders.create(input), await this.lookups.skillMap());
  }

  @Mutation(() => CareerLadderType, { description: 'Renames a ladder or changes its description; its levels stay' })
  @RequirePermission('development.ladders.write')
  async updateCareerLadder(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateCareerLadderInput): Promise<CareerLadderType> {
    return toLadderType(await this.ladders.update(id, input), await this.lookups.skillMap());
  }

  @Mutation(() => CareerLevelType, { description: 'Creates a level or replaces the one with the same code' })
  @RequirePermission('development.ladders.write')
  async upsertCareerLevel(@Args('input') input: CareerLevelInput): Promise<CareerLevelType> {
    return toLevelType(await this.ladders.upsertLevel(input), await this.lookups.skillMap());
  }

  @Mutation(() => Boolean, { description: 'Deletes a level; refused (CONFLICT) while a development plan targets it' })
  @RequirePermission('development.ladders.write')
  deleteCareerLevel(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.ladders.deleteLevel(id);
  }

  @Mutation(() => Boolean, { description: 'Deletes a ladder; refused (CONFLICT) while it has levels' })
  @RequirePermission('development.ladders.write')
  deleteCareerLadder(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.ladders.deleteLadder(id);
  }
}
