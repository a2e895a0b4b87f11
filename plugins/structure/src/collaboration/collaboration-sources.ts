import { Injectable, Logger } from '@cadre/sdk/common';
import type { CollaborationEdge, CollaborationSource, StructureCollaboration } from '../contracts.js';

/**
 * The extension point of the collaboration graph, published as 'structure.collaboration'.
 * Structure cannot inject a service of a plugin that depends on it (Nest resolves providers
 * only down the import graph, and the SDK does not expose ModuleRef), so sources register
 * themselves: `onModuleInit() { structureCollaboration.register('knowledge', this) }`.
 */
@Injectable()
export class CollaborationSources implements StructureCollaboration {
  private readonly logger = new Logger('structure.collaboration');
  private readonly sources = new Map<string, CollaborationSource>();

  register(name: string, source: CollaborationSource): void {
    this.sources.set(name, source);
  }

  names(): string[] {
    return [...this.sources.keys()];
  }

  /** Every source's edges; a failing source is logged and skipped so the graph still renders. */
  async edges(): Promise<Array<CollaborationEdge & { source: string }>> {
    const out: Array<CollaborationEdge & { source: string }> = [];
    for (const [name, source] of this.sources) {
      try {
        const edges = (await (source.edges ?? source.coAuthorEdges)?.call(source)) ?? [];
        for (const e of edges) out.push({ source: name, unitA: e.unitA, unitB: e.unitB, weight: e.weight });
      } catch (error) {
        this.logger.warn(`collaboration source ${name} failed: ${(error as Error).message}`);
      }
    }
    return out;
  }
}
