// The structure plugin's published org service, declared locally (a plugin cannot import another).
export const STRUCTURE_ORG = 'structure.org';

export interface OrgUnitRef {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  leadId: string | null;
}

export interface StructureOrg {
  units(): Promise<OrgUnitRef[]>;
}

/** Structure's published projects (open ones), for staffing coverage. */
export const STRUCTURE_PROJECTS = 'structure.projects';

export interface ProjectRef {
  id: string;
  ownerUnitId: string | null;
  headcountMin: number;
  assignedPersonIds: string[];
}

export interface StructureProjects {
  projects(): Promise<ProjectRef[]>;
}
