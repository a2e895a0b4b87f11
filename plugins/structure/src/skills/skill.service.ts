import { ConflictError, DataService, UserInputError } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { ProjectRequirementEntity } from '../projects/project-requirement.entity.js';
import { lockReferenced, LOCKS } from '../shared/locks.js';
import { auditDetail } from '../shared/viewer.js';
import { PersonSkillEntity } from './person-skill.entity.js';
import { SkillCategoryEntity } from './skill-category.entity.js';
import { SkillEvidenceEntity } from './skill-evidence.entity.js';
import { SkillEntity } from './skill.entity.js';
import { msg, type Msg } from '@cadre/sdk';

export interface SkillWithCategory {
  skill: SkillEntity;
  category: SkillCategoryEntity;
}

/** The skill taxonomy: categories → skills. */
@Injectable()
export class SkillService {
  constructor(private readonly data: DataService) {}

  async categories(): Promise<SkillCategoryEntity[]> {
    return this.data.memo('structure.skill-categories', () => this.data.repo(SkillCategoryEntity).find({ order: { sortOrder: 'ASC', name: 'ASC' } }));
  }

  /** Skills with their category, ordered by category then name; filters are optional. */
  async skills(filter: { categoryId?: string | null; search?: string | null } = {}): Promise<SkillWithCategory[]> {
    const categories = await this.categories();
    const order = new Map(categories.map((c, i) => [c.id, i]));
    const byId = new Map(categories.map((c) => [c.id, c]));
    const term = filter.search?.trim().toLowerCase();
    return (await this.data.memo('structure.skills', () => this.data.repo(SkillEntity).find()))
      .filter((s) => byId.has(s.categoryId) && (!filter.categoryId || s.categoryId === filter.categoryId) && (!term || s.name.toLowerCase().includes(term)))
      .sort((a, b) => order.get(a.categoryId)! - order.get(b.categoryId)! || a.name.localeCompare(b.name))
      .map((skill) => ({ skill, category: byId.get(skill.categoryId)! }));
  }

  async createCategory(name: string, description?: string | null): Promise<SkillCategoryEntity> {
    return this.data.transaction(async () => {
      await this.data.lock(LOCKS.skillNames);
      const repo = this.data.repo(SkillCategoryEntity);
      const clean = await this.uniqueCategoryName(name, null);
      const category = await repo.save(repo.create({ name: clean, description: description?.trim() || null, sortOrder: await repo.count() }));
      auditDetail('SkillCategory', category.id, null, { name: clean });
      return category;
    });
  }

  async updateCategory(id: string, input: { name?: string; description?: string | null }): Promise<SkillCategoryEntity> {
    return this.data.transaction(async () => {
      if (input.name !== undefined) await this.data.lock(LOCKS.skillNames);
      const repo = this.data.repo(SkillCategoryEntity);
      const category = await repo.get(id);
      const before = { name: category.name, description: category.description };
      if (input.name !== undefined) category.name = await this.uniqueCategoryName(input.name, id);
      if (input.description !== undefined) category.description = input.description?.trim() || null;
      await repo.save(category);
      auditDetail('SkillCategory', id, before, { name: category.name, description: category.description });
      return category;
    });
  }

  /**
   * Deletes an empty category. One that still holds skills is refused: deleting them would take
   * everyone's levels with them, so they are moved or deleted one by one first. The category row
   * stays locked, and createSkill/updateSkill lock it before putting a skill in it.
   */
  async deleteCategory(id: string): Promise<boolean> {
    return this.data.transaction(async () => {
      const category = await this.data.repo(SkillCategoryEntity).get(id);
      const skills = await this.data.repo(SkillEntity).count({ categoryId: id });
      if (skills) throw new ConflictError(msg`${category.name} still holds ${skills} skill(s): move or delete them first`);
      await this.data.repo(SkillCategoryEntity).remove(category);
      auditDetail('SkillCategory', id, { name: category.name, description: category.description }, null);
      return true;
    });
  }

  async createSkill(input: { categoryId: string; name: string; description?: string | null }): Promise<SkillEntity> {
    return this.data.transaction(async () => {
      await this.data.lock(LOCKS.skillNames);
      const repo = this.data.repo(SkillEntity);
      await lockReferenced(this.data.repo(SkillCategoryEntity), input.categoryId, 'input.categoryId', msg`no skill category has the id ${input.categoryId}`);
      const name = await this.uniqueName(input.name, null);
      const skill = await repo.save(repo.create({ categoryId: input.categoryId, name, description: input.description?.trim() || null }));
      auditDetail('Skill', skill.id, null, { name, categoryId: input.categoryId });
      return skill;
    });
  }

  async updateSkill(id: string, input: { categoryId?: string; name?: string; description?: string | null }): Promise<SkillEntity> {
    return this.data.transaction(async () => {
      if (input.name !== undefined) await this.data.lock(LOCKS.skillNames);
      const repo = this.data.repo(SkillEntity);
      const skill = await repo.get(id);
      const before = { name: skill.name, categoryId: skill.categoryId, description: skill.description };
      if (input.categoryId !== undefined) {
        await lockReferenced(this.data.repo(SkillCategoryEntity), input.categoryId, 'input.categoryId', msg`no skill category has the id ${input.categoryId}`);
        skill.categoryId = input.categoryId;
      }
      if (input.name !== undefined) skill.name = await this.uniqueName(input.name, id);
      if (input.description !== undefined) skill.description = input.description?.trim() || null;
      await repo.save(skill);
      auditDetail('Skill', id, before, { name: skill.name, categoryId: skill.categoryId, description: skill.description });
      return skill;
    });
  }

  /** Deletes a skill no project requires, with everyone's levels and evidence in it. */
  async deleteSkill(id: string): Promise<boolean> {
    return this.data.transaction(async () => {
      const skill = await this.data.repo(SkillEntity).get(id);
      const required = await this.data.repo(ProjectRequirementEntity).count({ skillId: id });
      if (required) throw new ConflictError(msg`${skill.name} is required by ${required} project(s): change their requirements first`);
      const profiles = await this.data.repo(PersonSkillEntity).deleteBy({ skillId: id });
      await this.data.repo(SkillEvidenceEntity).deleteBy({ skillId: id });
      await this.data.repo(SkillEntity).remove(skill);
      auditDetail('Skill', id, { name: skill.name, profiles }, null);
      return true;
    });
  }

  private uniqueCategoryName(value: string, selfId: string | null): Promise<string> {
    return this.uniqueIn(SkillCategoryEntity, value, selfId, (name) => msg`input.name: a category is already called ${name}`);
  }

  private uniqueName(value: string, selfId: string | null): Promise<string> {
    return this.uniqueIn(SkillEntity, value, selfId, (name) => msg`input.name: a skill is already called ${name}`);
  }

  /** The trimmed name, unless blank or (in any case) another row's: the database's unique index is exact. */
  private async uniqueIn(entity: typeof SkillEntity | typeof SkillCategoryEntity, value: string, selfId: string | null, taken: (name: string) => Msg): Promise<string> {
    const name = value.trim();
    if (!name) throw new UserInputError('input.name', 'must not be blank');
    const rows: Array<{ id: string; name: string }> = await this.data.repo<SkillEntity | SkillCategoryEntity>(entity).find();
    const clash = rows.find((r) => r.id !== selfId && r.name.toLowerCase() === name.toLowerCase());
    if (clash) throw new ConflictError(taken(clash.name), 'input.name');
    return name;
  }
}
