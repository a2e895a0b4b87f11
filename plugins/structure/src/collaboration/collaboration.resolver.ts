import { RequirePermission } from '@cadre/sdk';
import { Args, Int, Query, Resolver } from '@cadre/sdk/graphql';
import type { OrgUnitKindEnum } from '../org/org-unit.types.js';
import { PERM } from '../shared/permissions.js';
import { CollaborationService } from './collaboration.service.js';
import { CollaborationGraphType } from './collaboration.types.js';

@Resolver()
export class CollaborationResolver {
  constructor(private readonly collaboration: CollaborationService) {}

  @Query(() => CollaborationGraphType, { description: 'Units as nodes, shared projects (and registered sources such as co-authored knowledge) as weighted edges' })
  @RequirePermission(PERM.projectsRead)
  async collaborationGraph(
    @Args('depth', { type: () => Int, nullable: true, description: 'Roll units up to this depth (0: top-level units); default: every unit' }) depth: number | null,
    @Args('includeSources', { type: () => Boolean, defaultValue: true }) includeSources: boolean,
  ): Promise<CollaborationGraphType> {
    const g = await this.collaboration.graph(depth ?? null, includeSources);
    return {
      nodes: g.nodes.map(({ view, headcount, projects }) => ({
        unitId: view.unit.id,
        name: view.unit.name,
        kind: view.unit.kind as OrgUnitKindEnum,
        parentId: view.unit.parentId,
        depth: view.depth,
        headcount,
        projects,
      })),
      edges: g.edges.map((e) => ({
        sourceUnitId: e.source,
        targetUnitId: e.target,
        weight: e.weight,
        projectIds: e.projectIds,
        projectNames: e.projectIds.map((id) => g.projectNames.get(id) ?? ''),
        sources: Object.entries(e.external).map(([source, weight]) => ({ source, weight })),
      })),
      sources: g.sources,
    };
  }
}
