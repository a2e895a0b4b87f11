import { DataService, PeopleDirectory, UserInputError } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { OrgUnitService, isMember } from '../org/org-unit.service.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { ProjectService } from '../projects/project.service.js';
import { buildGraph, type GraphEdge } from './collaboration-graph.js';
import { CollaborationSources } from './collaboration-sources.js';
import type { UnitView } from '../org/org-unit.service.js';

export interface GraphResult {
  nodes: Array<{ view: UnitView; headcount: number; projects: number }>;
  edges: GraphEdge[];
  projectNames: Map<string, string>;
  sources: string[];
}

/** Cross-team collaboration: which units work together, through projects and other sources. */
@Injectable()
export class CollaborationService {
  constructor(
    private readonly data: DataService,
    private readonly units: OrgUnitService,
    private readonly projects: ProjectService,
    private readonly people: PeopleDirectory,
    private readonly sources: CollaborationSources,
  ) {}

  /**
   * `depth` rolls units up to their ancestor at that depth (0 = top-level units); without it
   * every unit is its own node. Closed projects count too: past collaboration is collaboration.
   */
  async graph(depth: number | null, includeSources = true): Promise<GraphResult> {
    if (depth !== null && (!Number.isInteger(depth) || depth < 0)) throw new UserInputError('depth', 'must be a whole number ≥ 0');
    const views = await this.units.views();
    const byId = new Map(views.map((v) => [v.unit.id, v]));
    const rollup = (unitId: string): string | null => {
      const v = byId.get(unitId);
      if (!v) return null;
      return depth === null || v.depth <= depth ? v.unit.id : v.path[depth];
    };
    const all = await this.projects.views(await this.data.repo(ProjectEntity).find());
    const everyone = await this.people.allSummaries();
    const unitOf = new Map(everyone.map((p) => [p.id, p.orgUnitId]));
    const projectUnits = all.map((v) => ({ id: v.project.id, unitIds: this.projects.unitsOf(v, unitOf) }));
    const external = includeSources ? await this.sources.edges() : [];
    const edges = buildGraph(projectUnits, external, rollup);

    const nodeIds = new Set(views.map((v) => rollup(v.unit.id)).filter((id): id is string => !!id));
    const members = everyone.filter(isMember);
    const headcount = new Map<string, number>();
    for (const p of members) {
      const node = p.orgUnitId ? rollup(p.orgUnitId) : null;
      if (node) headcount.set(node, (headcount.get(node) ?? 0) + 1);
    }
    const owned = new Map<string, number>();
    for (const v of all) {
      const node = v.project.ownerUnitId && v.project.status !== 'closed' ? rollup(v.project.ownerUnitId) : null;
      if (node) owned.set(node, (owned.get(node) ?? 0) + 1);
    }
    return {
      nodes: views.filter((v) => nodeIds.has(v.unit.id)).map((view) => ({ view, headcount: headcount.get(view.unit.id) ?? 0, projects: owned.get(view.unit.id) ?? 0 })),
      edges,
      projectNames: new Map(all.map((v) => [v.project.id, v.project.name])),
      sources: this.sources.names(),
    };
  }
}
