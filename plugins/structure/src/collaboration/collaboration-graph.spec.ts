import { describe, expect, it } from 'vitest';
import { buildGraph } from './collaboration-graph.js';

describe('buildGraph', () => {
  const projects = [
    { id: 'p1', unitIds: ['a', 'b'] },
    { id: 'p2', unitIds: ['b', 'a', 'c'] },
    { id: 'p3', unitIds: ['a'] },
  ];

  it('links every pair of units sharing a project, once per project', () => {
    const edges = buildGraph(projects, [], (u) => u);
    expect(edges.map((e) => [e.source, e.target, e.projectIds, e.weight])).toEqual([
      ['a', 'b', ['p1', 'p2'], 2],
      ['a', 'c', ['p2'], 1],
      ['b', 'c', ['p2'], 1],
    ]);
  });

  it('rolls units up and drops pairs that collapse into one node', () => {
    const parent: Record<string, string> = { a: 'x', b: 'x', c: 'y' };
    const edges = buildGraph(projects, [], (u) => parent[u]);
    expect(edges).toEqual([{ source: 'x', target: 'y', projectIds: ['p2'], external: {}, weight: 1 }]);
  });

  it('merges edges from other sources into the weight and keeps them apart', () => {
    const edges = buildGraph(projects, [{ source: 'knowledge', unitA: 'c', unitB: 'a', weight: 3 }, { source: 'knowledge', unitA: 'd', unitB: 'd', weight: 9 }], (u) => u);
    const ac = edges.find((e) => e.source === 'a' && e.target === 'c')!;
    expect(ac.external).toEqual({ knowledge: 3 });
    expect(ac.weight).toBe(4);
    expect(edges[0]).toMatchObject({ source: 'a', target: 'c' });
    expect(edges.some((e) => e.source === 'd')).toBe(false);
  });
});
