// The projects list as a keyset connection: sortable fields and the page type.
import { Connection, SortInput } from '@cadre/sdk';
import { ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { ProjectType } from './project.types.js';

export enum ProjectSortField {
  PRIORITY = 'PRIORITY',
  NAME = 'NAME',
  UPDATED_AT = 'UPDATED_AT',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ProjectSortField, { name: 'StructureProjectSortField', description: 'PRIORITY: ties (same priority) in id order, in the direction asked' });

export const ProjectSort = SortInput<ProjectSortField>(ProjectSortField, 'StructureProjectSort');
export type ProjectSort = InstanceType<typeof ProjectSort>;

@ObjectType('StructureProjectConnection')
export class ProjectConnection extends Connection(ProjectType) {}
