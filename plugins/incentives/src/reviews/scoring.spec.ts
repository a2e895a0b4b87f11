import { describe, expect, it } from 'vitest';
import { aggregateByKind, personScore, reviewScore, type Criterion } from './scoring.js';

const criteria: Criterion[] = [
  { key: 'impact', name: 'Technical impact', description: '', weight: 3 },
  { key: 'collab', name: 'Collaboration', description: '', weight: 1 },
];
const review = (kind: string, impact: number, collab: number, comment?: string) => ({
  kind, comment, ratings: [{ criterionKey: 'impact', rating: impact }, { criterionKey: 'collab', rating: collab }],
});

describe('scoring', () => {
  it('weights the criteria', () => {
    expect(reviewScore(criteria, review('self', 5, 1).ratings)).toBe(4);
    expect(reviewScore(criteria, review('self', 3, 3).ratings)).toBe(3);
  });

  it('withholds anonymous kinds with fewer than 3 reviewers and leaves them out of the score', () => {
    const aggregates = aggregateByKind(criteria, [review('manager', 4, 4), review('peer', 1, 1, 'x'), review('peer', 1, 1)], ['manager', 'peer']);
    expect(aggregates[1]).toMatchObject({ kind: 'peer', reviewers: 2, withheld: true, score: null, criteria: [], comments: [] });
    expect(personScore(aggregates, { manager: 0.5, peer: 0.5 })).toBe(4);
  });

  it("withholds below the cycle's own threshold, and never below 3 whatever it says", () => {
    const three = [review('peer', 4, 4), review('peer', 3, 3), review('peer', 2, 2)];
    expect(aggregateByKind(criteria, three, ['peer'], 4)[0]).toMatchObject({ reviewers: 3, withheld: true, score: null });
    expect(aggregateByKind(criteria, three.slice(0, 2), ['peer'], 1)[0]).toMatchObject({ reviewers: 2, withheld: true });
    expect(aggregateByKind(criteria, three, ['peer'], 3)[0]).toMatchObject({ reviewers: 3, withheld: false, score: 3 });
  });

  it('mixes kinds by their weights, renormalising over the kinds present', () => {
    const reviews = [review('manager', 4, 4), review('peer', 2, 2, 'b'), review('peer', 3, 3, 'a'), review('peer', 4, 4), review('self', 5, 5)];
    const aggregates = aggregateByKind(criteria, reviews, ['self', 'manager', 'peer', 'upward']);
    expect(aggregates.map((a) => a.score)).toEqual([5, 4, 3, null]);
    expect(aggregates[2].comments).toEqual(['a', 'b']);
    expect(aggregates[2].criteria).toEqual([{ key: 'impact', average: 3 }, { key: 'collab', average: 3 }]);
    // (0.1·5 + 0.6·4 + 0.3·3) / 1.0; upward has no reviews and drops out
    expect(personScore(aggregates, { self: 0.1, manager: 0.6, peer: 0.3, upward: 0.5 })).toBe(3.8);
    expect(personScore([], { manager: 1 })).toBeNull();
  });
});
