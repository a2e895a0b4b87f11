import { assertUnchangedSince, ConflictError, DataService, PeopleDirectory, UserInputError } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import { OrgUnitEntity } from '../org/org-unit.entity.js';
import { UnitAuthority } from '../org/unit-authority.service.js';
import { SkillEntity } from '../skills/skill.entity.js';
import { LOCKS, lockReferenced } from '../shared/locks.js';
import { Orphans } from '../shared/orphans.service.js';
import { auditDetail } from '../shared/viewer.js';
import { AssignmentEntity } from './assignment.entity.js';
import { ProjectLists } from './project-list.service.js';
import { ProjectRequirementEntity } from './project-requirement.entity.js';
import { PROJECT_STATUSES, ProjectEntity, type ProjectStatus } from './project.entity.js';
import { msg } from '@cadre/sdk';

export interface ProjectInput {
  name?: string;
  description?: string | null;
  ownerUnitId?: string | null;
  status?: string;
  startDate?: string | null;
  endDate?: string | null;
  priority?: number;
  headcountMin?: number;
  headcountMax?: number;
  /** The updatedAt the edit form read: if the project changed since, CONFLICT (update only). */
  expectedUpdatedAt?: string | null;
}

export interface ProjectFilter {
  unitId?: string | null;
  /** With unitId: include projects of sub-units (default true). */
  includeSubunits?: boolean;
  status?: string | null;
  personId?: string | null;
  /** Only projects whose people come from several units. */
  crossUnit?: boolean | null;
}

export interface ProjectView {
  project: ProjectEntity;
  requirements: ProjectRequirementEntity[];
  assignments: AssignmentEntity[];
}

/** Projects, their skill requirements and who works on them. */
@Injectable()
export class ProjectService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly authority: UnitAuthority,
    private readonly orphans: Orphans,
    private readonly lists: ProjectLists,
  ) {}

  async list(filter: ProjectFilter = {}): Promise<ProjectView[]> {
    // Every filter is SQL (ProjectLists.filtered): a person's page reads their projects only.
    return this.views(await (await this.lists.filtered(filter)).orderBy('p.priority', 'DESC').addOrderBy('p.name', 'ASC').getMany());
  }

  async get(id: string): Promise<ProjectView> {
    return (await this.views([await this.data.repo(ProjectEntity).get(id)]))[0];
  }

  /** Requirements and assignments of the given projects (of people who still exist). */
  async views(projects: ProjectEntity[]): Promise<ProjectView[]> {
    const ids = projects.map((p) => p.id);
    const requirements = ids.length ? await this.data.repo(ProjectRequirementEntity).findBy({ projectId: In(ids) }) : [];
    const rows = ids.length ? await this.data.repo(AssignmentEntity).find({ where: { projectId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } }) : [];
    const alive = await this.orphans.existing(rows.map((a) => a.personId));
    const assignments = rows.filter((a) => alive.has(a.personId));
    return projects.map((project) => ({
      project,
      requirements: requirements.filter((r) => r.projectId === project.id).sort((a, b) => b.weight - a.weight || a.skillId.localeCompare(b.skillId)),
      assignments: assignments.filter((a) => a.projectId === project.id),
    }));
  }

  /** The units a project spans: its owner and the units of everyone on it. */
  unitsOf(view: ProjectView, unitOf: Map<string, string | null>): string[] {
    const units = new Set<string>();
    if (view.project.ownerUnitId) units.add(view.project.ownerUnitId);
    for (const a of view.assignments) {
      const unit = unitOf.get(a.personId);
      if (unit) units.add(unit);
    }
    return [...units];
  }

  async create(input: ProjectInput): Promise<ProjectEntity> {
    const ownerUnitId = input.ownerUnitId ?? null;
    await this.authority.require(ownerUnitId, 'Creating a project');
    return this.data.transaction(async () => {
      await this.data.lock(LOCKS.projectNames);
      const repo = this.data.repo(ProjectEntity);
      const project = repo.create({ name: '', description: null, ownerUnitId: null, status: 'planned', startDate: null, endDate: null, priority: 3, headcountMin: 0, headcountMax: 1 });
      await this.apply(project, input);
      await repo.save(project);
      auditDetail('StructureProject', project.id, null, snapshot(project));
      return project;
    });
  }

  async update(id: string, input: ProjectInput): Promise<ProjectEntity> {
    return this.data.transaction(async () => {
      if (input.name !== undefined) await this.data.lock(LOCKS.projectNames);
      await this.orphans.prune();
      const repo = this.data.repo(ProjectEntity);
      const project = await repo.get(id);
      await this.authority.require(project.ownerUnitId, 'Changing this project');
      assertUnchangedSince(project, input.expectedUpdatedAt, project.name);
      if (input.ownerUnitId !== undefined && input.ownerUnitId !== project.ownerUnitId) await this.authority.require(input.ownerUnitId ?? null, 'Handing the project to that unit');
      const before = snapshot(project);
      await this.apply(project, input);
      const headcount = await this.data.repo(AssignmentEntity).count({ projectId: id });
      if (headcount > project.headcountMax) throw new UserInputError('input.headcountMax', msg`${project.name} already has ${headcount} people; unassign some first`);
      // A save that sets the same values is still an edit: the console form saves the facts and
      // then the requirements, so a stale form must meet CONFLICT here before it rewrites those.
      project.touch();
      await repo.save(project);
      auditDetail('StructureProject', id, before, snapshot(project));
      return project;
    });
  }

  /** Replaces the project's requirements (skill, minimum level, weight). */
  async setRequirements(projectId: string, requirements: Array<{ skillId: string; minLevel: number; weight: number }>): Promise<ProjectView> {
    return this.data.transaction(async () => {
      await this.orphans.prune();
      const project = await this.data.repo(ProjectEntity).get(projectId);
      await this.authority.require(project.ownerUnitId, 'Changing this project');
      const skills = new Set((await this.data.repo(SkillEntity).find()).map((s) => s.id));
      const seen = new Set<string>();
      requirements.forEach((r, i) => {
        if (!skills.has(r.skillId)) throw new UserInputError(`input.requirements.${i}.skillId`, msg`no skill has the id ${r.skillId}`);
        if (seen.has(r.skillId)) throw new UserInputError(`input.requirements.${i}.skillId`, 'appears twice');
        seen.add(r.skillId);
      });
      // Locked (in a fixed order) so that deleteSkill cannot remove one meanwhile.
      for (const skillId of [...seen].sort()) await this.data.repo(SkillEntity).get(skillId);
      const repo = this.data.repo(ProjectRequirementEntity);
      const before = (await repo.findBy({ projectId })).map((r) => ({ skillId: r.skillId, minLevel: r.minLevel, weight: r.weight }));
      await repo.deleteBy({ projectId });
      await repo.saveMany(requirements.map((r) => repo.create({ projectId, skillId: r.skillId, minLevel: r.minLevel, weight: r.weight })));
      // The requirements are part of the project's edit form: a form opened before this is stale.
      project.touch();
      await this.data.repo(ProjectEntity).save(project);
      auditDetail('StructureProject', projectId, { requirements: before }, { requirements });
      return this.get(projectId);
    });
  }

  /** Puts a person on a project (or changes their allocation); their allocations stay ≤ 100%. */
  async assign(projectId: string, personId: string, allocation: number): Promise<ProjectView> {
    return this.data.transaction(async () => {
      // Allocations span projects: the person's lock, not the project's row, keeps them ≤ 100%.
      await this.data.lock(LOCKS.allocation(personId));
      await this.orphans.prune();
      const project = await this.data.repo(ProjectEntity).get(projectId);
      await this.authority.require(project.ownerUnitId, 'Staffing this project');
      if (project.status === 'closed') throw new ConflictError(msg`${project.name} is closed`);
      const person = (await this.people.byIds([personId]))[0];
      if (!person) throw new UserInputError('input.personId', msg`no person has the id ${personId}`);
      if (person.status !== 'active') throw new UserInputError('input.personId', msg`${person.name} is not active (${person.status})`);
      const repo = this.data.repo(AssignmentEntity);
      const mine = await repo.findBy({ personId });
      const elsewhere = mine.filter((a) => a.projectId !== projectId).reduce((s, a) => s + a.allocation, 0);
      if (elsewhere + allocation > 100) throw new UserInputError('input.allocation', msg`would put ${person.name} at ${elsewhere + allocation}% (already ${elsewhere}% on other projects)`);
      const existing = mine.find((a) => a.projectId === projectId);
      if (!existing) {
        const headcount = await repo.count({ projectId });
        if (headcount >= project.headcountMax) throw new ConflictError(msg`${project.name} is full (${headcount} of at most ${project.headcountMax} people)`);
      }
      const row = existing ?? repo.create({ projectId, personId });
      const before = existing ? { allocation: existing.allocation } : null;
      row.allocation = allocation;
      await repo.save(row);
      auditDetail('StructureAssignment', row.id, before, { projectId, personId, allocation });
      return this.get(projectId);
    });
  }

  async unassign(projectId: string, personId: string): Promise<ProjectView> {
    return this.data.transaction(async () => {
      await this.data.lock(LOCKS.allocation(personId)); // a staffing plan being applied reads it
      await this.orphans.prune();
      const project = await this.data.repo(ProjectEntity).get(projectId);
      await this.authority.require(project.ownerUnitId, 'Staffing this project');
      const repo = this.data.repo(AssignmentEntity);
      const row = await repo.findOneBy({ projectId, personId });
      if (!row) throw new UserInputError('personId', msg`this person is not on ${project.name}`);
      await repo.remove(row);
      auditDetail('StructureAssignment', row.id, { projectId, personId, allocation: row.allocation }, null);
      return this.get(projectId);
    });
  }

  private async apply(project: ProjectEntity, input: ProjectInput): Promise<void> {
    if (input.name !== undefined) {
      const name = input.name.trim();
      if (!name) throw new UserInputError('input.name', 'must not be blank');
      const clash = (await this.data.repo(ProjectEntity).find()).find((p) => p.id !== project.id && p.name.toLowerCase() === name.toLowerCase());
      if (clash) throw new ConflictError(msg`input.name: a project is already called ${clash.name}`, 'input.name');
      project.name = name;
    }
    if (!project.name) throw new UserInputError('input.name', 'is required');
    if (input.description !== undefined) project.description = input.description?.trim() || null;
    if (input.ownerUnitId !== undefined) {
      // Locked so that the unit is not deleted meanwhile (deleteOrgUnit counts its projects).
      if (input.ownerUnitId) await lockReferenced(this.data.repo(OrgUnitEntity), input.ownerUnitId, 'input.ownerUnitId', msg`no org unit has the id ${input.ownerUnitId}`);
      project.ownerUnitId = input.ownerUnitId ?? null;
    }
    if (input.status !== undefined) {
      if (!PROJECT_STATUSES.includes(input.status as ProjectStatus)) throw new UserInputError('input.status', msg`must be one of ${PROJECT_STATUSES.join(', ')}`);
      project.status = input.status as ProjectStatus;
    }
    if (input.startDate !== undefined) project.startDate = input.startDate ?? null;
    if (input.endDate !== undefined) project.endDate = input.endDate ?? null;
    if (project.startDate && project.endDate && project.endDate < project.startDate) throw new UserInputError('input.endDate', 'must not be before the start date');
    if (input.priority !== undefined) project.priority = input.priority;
    if (input.headcountMin !== undefined) project.headcountMin = input.headcountMin;
    if (input.headcountMax !== undefined) project.headcountMax = input.headcountMax;
    if (project.headcountMax < project.headcountMin) throw new UserInputError('input.headcountMax', msg`must be at least the minimum headcount (${project.headcountMin})`);
  }
}

const snapshot = (p: ProjectEntity) => ({
  name: p.name,
  ownerUnitId: p.ownerUnitId,
  status: p.status,
  startDate: p.startDate,
  endDate: p.endDate,
  priority: p.priority,
  headcountMin: p.headcountMin,
  headcountMax: p.headcountMax,
});
