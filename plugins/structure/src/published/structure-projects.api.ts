import { Injectable } from '@cadre/sdk/common';
import type { ProjectRef, StructureProjects } from '../contracts.js';
import { ProjectService } from '../projects/project.service.js';


/** Published as 'structure.projects': open projects with needs and people. No access checks. */
@Injectable()
export class StructureProjectsApi implements StructureProjects {
  constructor(private readonly projectService: ProjectService) {}

  /** Planned and active projects (closed ones are left out), highest priority first. */
  async projects(): Promise<ProjectRef[]> {
    return (await this.projectService.list())
      .filter((v) => v.project.status !== 'closed')
      .map((v) => ({
        id: v.project.id,
        name: v.project.name,
        ownerUnitId: v.project.ownerUnitId,
        priority: v.project.priority,
        headcountMin: v.project.headcountMin,
        headcountMax: v.project.headcountMax,
        requirements: v.requirements.map((r) => ({ skillId: r.skillId, minLevel: r.minLevel, weight: r.weight })),
        assignedPersonIds: v.assignments.map((a) => a.personId),
        status: v.project.status,
      }));
  }
}
