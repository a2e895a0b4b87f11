import { ForbiddenError, PeopleDirectory, RequirePermission, SignedIn, UserInputError } from '@cadre/sdk';
import { Args, ID, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { PERM } from '../shared/permissions.js';
import { toOrgPerson } from '../shared/person-ref.js';
import { viewer } from '../shared/viewer.js';
import type { SkillCategoryEntity } from './skill-category.entity.js';
import type { SkillEntity } from './skill.entity.js';
import { SkillHeatmapService } from './skill-heatmap.service.js';
import { SkillProfileService } from './skill-profile.service.js';
import { SkillMergeService } from './skill-merge.service.js';
import { SkillService, type SkillWithCategory } from './skill.service.js';
import { CreateSkillCategoryInput, CreateSkillInput, UpdateSkillCategoryInput, SetOwnSkillLevelInput, SetSkillLevelInput, SkillHeatmapInput, UpdateSkillInput } from './skill.inputs.js';
import { SkillCategoryType, SkillEvidenceKindEnum, SkillHeatmapType, SkillMergeType, SkillProfileEntryType, SkillProfileType, SkillType } from './skill.types.js';

export const toSkillType = ({ skill, category }: SkillWithCategory): SkillType => ({
  id: skill.id,
  name: skill.name,
  description: skill.description,
  categoryId: category.id,
  categoryName: category.name,
});

@Resolver()
export class SkillResolver {
  constructor(
    private readonly skills: SkillService,
    private readonly profiles: SkillProfileService,
    private readonly heatmaps: SkillHeatmapService,
    private readonly merges: SkillMergeService,
    private readonly people: PeopleDirectory,
  ) {}

  private async skillType(skill: SkillEntity): Promise<SkillType> {
    const category = (await this.skills.categories()).find((c) => c.id === skill.categoryId)!;
    return toSkillType({ skill, category });
  }

  @Query(() => [SkillType], { name: 'skills', description: 'Skills by category, then name' })
  @RequirePermission(PERM.skillsRead)
  async skills_(
    @Args('categoryId', { type: () => ID, nullable: true }) categoryId: string | null,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
  ): Promise<SkillType[]> {
    if (search && search.length > 200) throw new UserInputError('search', 'must have at most 200 characters');
    return (await this.skills.skills({ categoryId, search })).map(toSkillType);
  }

  @Query(() => [SkillCategoryType], { description: 'The taxonomy: categories with their skills' })
  @RequirePermission(PERM.skillsRead)
  async skillCategories(): Promise<SkillCategoryType[]> {
    const skills = await this.skills.skills();
    return (await this.skills.categories()).map((c: SkillCategoryEntity) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      skills: skills.filter((s) => s.category.id === c.id).map(toSkillType),
    }));
  }

  @Query(() => SkillProfileType, { description: "A person's skill levels and evidence (default: your own)" })
  @RequirePermission(PERM.skillsRead)
  async skillProfile(@Args('personId', { type: () => ID, nullable: true }) personId: string | null): Promise<SkillProfileType> {
    const id = personId ?? viewer().personId;
    if (!id) throw new ForbiddenError('Your account is not linked to a person: pass personId');
    const person = await this.people.get(id);
    const skills = new Map((await this.skills.skills()).map((s) => [s.skill.id, s]));
    const entries: SkillProfileEntryType[] = [];
    for (const { row, evidence, derived } of await this.profiles.profile(id)) {
      const skill = skills.get(row.skillId);
      if (!skill) continue;
      entries.push({
        skill: toSkillType(skill),
        level: row.level,
        levelSource: derived.source as SkillEvidenceKindEnum | null,
        sources: derived.sources.map((s) => ({ kind: s.kind as SkillEvidenceKindEnum, level: s.level, recordedAt: s.at, decides: s.decides, claimAboveAssessed: s.claimAboveAssessed })),
        claimedLevel: derived.claimedLevel,
        evidenceKinds: row.evidenceKinds ? (row.evidenceKinds.split(',') as SkillEvidenceKindEnum[]) : [],
        evidence: evidence.map((e) => ({ id: e.id, personId: e.personId, kind: e.kind as SkillEvidenceKindEnum, level: e.level, note: e.note, recordedById: e.recordedById, createdAt: e.createdAt })),
        updatedAt: row.updatedAt,
      });
    }
    const order = [...skills.keys()];
    entries.sort((a, b) => order.indexOf(a.skill.id) - order.indexOf(b.skill.id));
    return { person: toOrgPerson(person), entries };
  }

  @Query(() => SkillHeatmapType, { description: 'Units × skills: average level and people at or above a threshold' })
  @RequirePermission(PERM.skillsRead)
  async skillHeatmap(@Args('input', { type: () => SkillHeatmapInput, nullable: true }) input?: SkillHeatmapInput): Promise<SkillHeatmapType> {
    const result = await this.heatmaps.heatmap({ ...(input ?? {}) });
    return {
      threshold: result.threshold,
      units: result.units.map(({ unit, headcount }) => ({ id: unit.id, name: unit.name, parentId: unit.parentId, headcount })),
      skills: result.skills.map(toSkillType),
      cells: result.cells,
    };
  }

  @Mutation(() => SkillCategoryType)
  @RequirePermission(PERM.skillsAdmin)
  async createSkillCategory(@Args('input') input: CreateSkillCategoryInput): Promise<SkillCategoryType> {
    const c = await this.skills.createCategory(input.name, input.description);
    return { id: c.id, name: c.name, description: c.description, skills: [] };
  }

  @Mutation(() => SkillCategoryType, { description: "Renames a category or changes its description; its skills stay" })
  @RequirePermission(PERM.skillsAdmin)
  async updateSkillCategory(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateSkillCategoryInput): Promise<SkillCategoryType> {
    const c = await this.skills.updateCategory(id, input);
    const skills = (await this.skills.skills({ categoryId: c.id })).map(toSkillType);
    return { id: c.id, name: c.name, description: c.description, skills };
  }

  @Mutation(() => Boolean, { description: 'Deletes an empty category (one that still holds skills is refused: move or delete them first)' })
  @RequirePermission(PERM.skillsAdmin)
  deleteSkillCategory(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.skills.deleteCategory(id);
  }

  @Mutation(() => SkillType)
  @RequirePermission(PERM.skillsAdmin)
  async createSkill(@Args('input') input: CreateSkillInput): Promise<SkillType> {
    return this.skillType(await this.skills.createSkill(input));
  }

  @Mutation(() => SkillType)
  @RequirePermission(PERM.skillsAdmin)
  async updateSkill(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateSkillInput): Promise<SkillType> {
    return this.skillType(await this.skills.updateSkill(id, input));
  }

  @Mutation(() => Boolean, { description: 'Deletes a skill that no project requires, with the levels and evidence in it' })
  @RequirePermission(PERM.skillsAdmin)
  deleteSkill(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.skills.deleteSkill(id);
  }

  @Mutation(() => SkillMergeType, {
    description: "Merges the source skill into the target: people's levels (the higher kept, see SkillMerge.carriedOver), evidence and project requirements move to the target, then the source is deleted",
  })
  @RequirePermission(PERM.skillsAdmin)
  async mergeSkills(
    @Args('sourceSkillId', { type: () => ID, description: 'The skill merged away (deleted)' }) sourceSkillId: string,
    @Args('targetSkillId', { type: () => ID, description: 'The skill that remains' }) targetSkillId: string,
  ): Promise<SkillMergeType> {
    const { target, levels, evidence, carried, requirements } = await this.merges.merge(sourceSkillId, targetSkillId);
    return { skill: await this.skillType(target), levels, evidence, carriedOver: carried, requirements };
  }

  @Mutation(() => SkillProfileType, { description: "A manager's or review assessment of someone who reports to you (anyone, with structure.skills.admin)" })
  @RequirePermission(PERM.skillsWrite)
  async setSkillLevel(@Args('input') input: SetSkillLevelInput): Promise<SkillProfileType> {
    await this.profiles.assess(input.personId, input.skillId, input.level, input.evidence as 'manager' | 'review', input.note);
    return this.skillProfile(input.personId);
  }

  @Mutation(() => SkillProfileType, { description: 'Your self-assessment (evidence SELF)' })
  @SignedIn()
  async setOwnSkillLevel(@Args('input') input: SetOwnSkillLevelInput): Promise<SkillProfileType> {
    const row = await this.profiles.assessSelf(input.skillId, input.level, input.note);
    return this.skillProfile(row.personId);
  }
}
