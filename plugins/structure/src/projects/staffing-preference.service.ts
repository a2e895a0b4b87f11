import { DataService, ForbiddenError, PeopleDirectory, UserInputError } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { PERM } from '../shared/permissions.js';
import { auditDetail, viewer } from '../shared/viewer.js';
import { ProjectEntity } from './project.entity.js';
import { StaffingPreferenceEntity } from './staffing-preference.entity.js';
import { msg } from '@cadre/sdk';

/**
 * People's stated wishes about projects. A person states their own; their managers and
 * holders of structure.projects.admin may read and record them too. Others see nothing.
 */
@Injectable()
export class StaffingPreferenceService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
  ) {}

  private async mayActFor(personId: string): Promise<boolean> {
    const v = viewer();
    return v.has(PERM.projectsAdmin) || v.personId === personId || (await v.reports()).has(personId);
  }

  private async target(personId: string | null | undefined): Promise<string> {
    const id = personId ?? viewer().personId;
    if (!id) throw new UserInputError('personId', 'your account is not linked to a person: name one');
    if (!(await this.mayActFor(id))) throw new ForbiddenError("Only the person, their managers and holders of structure.projects.admin see or set a person's staffing preferences");
    await this.people.get(id);
    return id;
  }

  async list(personId?: string | null): Promise<StaffingPreferenceEntity[]> {
    const id = await this.target(personId);
    return this.data.repo(StaffingPreferenceEntity).find({ where: { personId: id }, order: { strength: 'DESC', createdAt: 'ASC' } });
  }

  /** Sets how much the person wants the project (−1 … 1); 0 removes the preference. */
  async set(personId: string | null | undefined, projectId: string, strength: number): Promise<StaffingPreferenceEntity | null> {
    const id = await this.target(personId);
    return this.data.transaction(async () => {
      if (!(await this.data.repo(ProjectEntity).findOneBy({ id: projectId }))) throw new UserInputError('input.projectId', msg`no project has the id ${projectId}`);
      const repo = this.data.repo(StaffingPreferenceEntity);
      const row = await repo.findOneBy({ personId: id, projectId });
      auditDetail('StaffingPreference', row?.id ?? projectId, row ? { strength: row.strength } : null, strength === 0 ? null : { personId: id, projectId, strength });
      if (strength === 0) {
        if (row) await repo.remove(row);
        return null;
      }
      const saved = row ?? repo.create({ personId: id, projectId });
      saved.strength = strength;
      return repo.save(saved);
    });
  }

  /** Preferences of many people for many projects (the optimiser's input; no access check). */
  async forPlanning(): Promise<StaffingPreferenceEntity[]> {
    return this.data.repo(StaffingPreferenceEntity).find();
  }
}
