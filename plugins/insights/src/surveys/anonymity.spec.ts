import { describe, expect, it } from 'vitest';
import { suppressCut, subtree, unitTree, visibleUnits } from './anonymity.js';

describe('anonymity threshold', () => {
  it('hides groups below k, then the smallest shown group while the hidden ones add up to fewer than k', () => {
    expect([...suppressCut([{ key: 'a', n: 10 }, { key: 'b', n: 10 }, { key: 'c', n: 2 }], 5)].sort()).toEqual(['a', 'c']);
    expect([...suppressCut([{ key: 'a', n: 10 }, { key: 'b', n: 7 }, { key: 'c', n: 2 }, { key: 'd', n: 3 }], 5)].sort()).toEqual(['c', 'd']);
    expect(suppressCut([{ key: 'a', n: 5 }, { key: 'b', n: 9 }], 5).size).toBe(0);
    // Two hidden groups that together reach k protect each other.
    expect([...suppressCut([{ key: 'a', n: 9 }, { key: 'b', n: 4 }, { key: 'c', n: 1 }], 5)].sort()).toEqual(['b', 'c']);
  });

  it('counts undisclosed members (a unit’s own people) as hidden when they are fewer than k', () => {
    expect([...suppressCut([{ key: 'a', n: 8 }, { key: 'b', n: 6 }], 5, 2)]).toEqual(['b']);
    expect(suppressCut([{ key: 'a', n: 8 }, { key: 'b', n: 6 }], 5, 7).size).toBe(0);
  });

  it('shows a unit only when neither its parent minus it nor it minus its children reveals fewer than k', () => {
    const tree = unitTree([
      { id: 'co', parentId: null },
      { id: 'x', parentId: 'co' },
      { id: 'x1', parentId: 'x' },
      { id: 'x2', parentId: 'x' },
      { id: 'y', parentId: 'co' },
    ]);
    expect([...subtree(tree, 'x')].sort()).toEqual(['x', 'x1', 'x2']);
    const counts = new Map<string | null, number>([['x1', 6], ['x2', 2], ['y', 8]]);
    // x = 8 and x1 = 6 shown together would give x2 = 2 by subtraction: x1 is hidden with x2.
    expect([...visibleUnits(tree, counts, 5)].sort()).toEqual(['co', 'x', 'y']);
    // A hidden unit hides its subtree, so its children cannot be added back up to it.
    const lopsided = new Map<string | null, number>([['x1', 6], ['x2', 6], ['y', 2], ['co', 1]]);
    expect([...visibleUnits(tree, lopsided, 5)].sort()).toEqual(['co']);
    expect(visibleUnits(tree, new Map([['y', 4]]), 5).size).toBe(0);
  });
});
