import { describe, expect, it } from 'vitest';
import { assignReviews } from './assignment.js';

// boss → m1 → a, b, c, d ; boss → m2 → e
const org = [
  { personId: 'boss', managerId: null },
  { personId: 'm1', managerId: 'boss' },
  { personId: 'm2', managerId: 'boss' },
  { personId: 'a', managerId: 'm1' },
  { personId: 'b', managerId: 'm1' },
  { personId: 'c', managerId: 'm1' },
  { personId: 'd', managerId: 'm1' },
  { personId: 'e', managerId: 'm2' },
];

describe('assignReviews', () => {
  const all = assignReviews(org, ['self', 'manager', 'peer', 'upward'], 3);
  const of = (kind: string, reviewee: string) => all.filter((x) => x.kind === kind && x.revieweeId === reviewee).map((x) => x.reviewerId).sort();

  it('assigns self, manager and upward reviews from the reporting lines', () => {
    expect(of('self', 'a')).toEqual(['a']);
    expect(of('manager', 'a')).toEqual(['m1']);
    expect(of('manager', 'boss')).toEqual([]);
    expect(of('upward', 'm1')).toEqual(['a', 'b', 'c', 'd']);
    expect(of('upward', 'boss')).toEqual(['m1', 'm2']);
  });

  it('picks siblings first, never the manager or a report, and spreads the load', () => {
    expect(of('peer', 'a')).toEqual(['b', 'c', 'd']);
    // e has no siblings: cousins under the same grand-manager come next
    expect(of('peer', 'e')).toEqual(['a', 'b', 'c']);
    expect(of('peer', 'm1')).not.toContain('a');
    expect(of('peer', 'm1')).not.toContain('boss');
    const load = new Map<string, number>();
    for (const x of all.filter((x) => x.kind === 'peer')) load.set(x.reviewerId, (load.get(x.reviewerId) ?? 0) + 1);
    expect(Math.max(...load.values())).toBeLessThanOrEqual(5);
  });

  it('only assigns kinds the cycle uses, and only reviewers in the cycle (managers excepted)', () => {
    const some = assignReviews(org.filter((p) => p.personId !== 'm2'), ['manager', 'peer'], 2, org);
    expect(new Set(some.map((x) => x.kind))).toEqual(new Set(['manager', 'peer']));
    expect(some.filter((x) => x.kind === 'peer').every((x) => x.reviewerId !== 'm2')).toBe(true);
  });
});
