import { describe, expect, it } from 'vitest';
import { boundsFrom, DEFAULT_BOUNDS, layers, spans } from './org-shape.js';
import { ancestorIds, preorder, subtreeIds, wouldCycle } from './org-tree.js';

const person = (id: string, managerId: string | null = null) => ({ id, managerId });

describe('spans', () => {
  const people = [person('ceo'), person('a', 'ceo'), person('b', 'ceo'), person('c', 'a'), ...Array.from({ length: 9 }, (_, i) => person(`w${i}`, 'b'))];
  const byManager = new Map(spans(people, { spanMin: 3, spanMax: 8, maxLayers: 4 }).map((s) => [s.managerId, s]));

  it('counts direct reports of everyone who has some, and flags them against the bounds', () => {
    expect(byManager.get('ceo')).toEqual({ managerId: 'ceo', directReports: 2, flag: 'too_narrow' });
    expect(byManager.get('a')).toEqual({ managerId: 'a', directReports: 1, flag: 'too_narrow' });
    expect(byManager.get('b')).toEqual({ managerId: 'b', directReports: 9, flag: 'too_wide' });
    expect(byManager.has('c')).toBe(false);
  });

  it('accepts spans inside the bounds', () => {
    expect(spans(people, { spanMin: 1, spanMax: 9, maxLayers: 4 }).every((s) => s.flag === 'ok')).toBe(true);
  });
});

describe('layers', () => {
  it('counts the longest reporting chain in people', () => {
    expect(layers([])).toBe(0);
    expect(layers([person('solo')])).toBe(1);
    expect(layers([person('m'), person('r', 'm')])).toBe(2);
    expect(layers([person('ceo'), person('vp', 'ceo'), person('em', 'vp'), person('ic', 'em'), person('ic2', 'vp')])).toBe(4);
  });

  it('ignores managers outside the group and survives a reporting loop', () => {
    expect(layers([person('em', 'outside'), person('ic', 'em')])).toBe(2);
    expect(layers([person('x', 'y'), person('y', 'x')])).toBeGreaterThanOrEqual(1);
  });
});

describe('boundsFrom', () => {
  it('uses settings when they are whole numbers and defaults otherwise', () => {
    expect(boundsFrom({})).toEqual(DEFAULT_BOUNDS);
    expect(boundsFrom({ spanMin: 2, spanMax: 12, maxLayers: 6 })).toEqual({ spanMin: 2, spanMax: 12, maxLayers: 6 });
    expect(boundsFrom({ spanMin: 'three', spanMax: -1, maxLayers: 2.5 })).toEqual(DEFAULT_BOUNDS);
  });

  it('never returns a maximum span below the minimum', () => {
    const b = boundsFrom({ spanMin: 10, spanMax: 4 });
    expect(b.spanMax).toBeGreaterThanOrEqual(b.spanMin);
  });
});

describe('org tree helpers', () => {
  const units = [
    { id: 'root', parentId: null, name: 'Root' },
    { id: 'b', parentId: 'root', name: 'B' },
    { id: 'a', parentId: 'root', name: 'A' },
    { id: 'a1', parentId: 'a', name: 'A1' },
    { id: 'orphan', parentId: 'gone', name: 'Orphan' },
  ];

  it('walks subtrees and ancestors', () => {
    expect(subtreeIds(units, 'root').sort()).toEqual(['a', 'a1', 'b', 'root']);
    expect(subtreeIds(units, 'a')).toEqual(['a', 'a1']);
    expect(ancestorIds(units, 'a1')).toEqual(['a1', 'a', 'root']);
  });

  it('detects moves that would create a loop', () => {
    expect(wouldCycle(units, 'a', 'a1')).toBe(true);
    expect(wouldCycle(units, 'a', 'a')).toBe(true);
    expect(wouldCycle(units, 'a1', 'b')).toBe(false);
    expect(wouldCycle(units, 'a', null)).toBe(false);
  });

  it('orders pre-order with sorted siblings, treating units with a missing parent as roots', () => {
    const order = preorder(units, (x, y) => x.name.localeCompare(y.name));
    expect(order.map((o) => o.unit.id)).toEqual(['orphan', 'root', 'a', 'a1', 'b']);
    expect(order.find((o) => o.unit.id === 'a1')).toMatchObject({ depth: 2, path: ['root', 'a', 'a1'] });
    expect(preorder(units, (x, y) => x.name.localeCompare(y.name), 'a').map((o) => [o.unit.id, o.depth, o.path])).toEqual([
      ['a', 1, ['root', 'a']],
      ['a1', 2, ['root', 'a', 'a1']],
    ]);
  });
});
