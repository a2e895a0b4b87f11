import { describe, expect, it } from 'vitest';
import { diffPlan } from './staffing-diff.js';

describe('diffPlan', () => {
  const current = new Map([
    ['stay', ['A']],
    ['move', ['A']],
    ['consolidate', ['A', 'B']],
    ['release', ['B']],
  ]);
  const proposed = new Map<string, string | null>([
    ['stay', 'A'],
    ['move', 'B'],
    ['consolidate', 'A'],
    ['release', null],
    ['join', 'B'],
    ['idle', null],
  ]);
  const changes = diffPlan(['stay', 'move', 'consolidate', 'release', 'join', 'idle'], current, proposed);
  const byPerson = new Map(changes.map((c) => [c.personId, c]));

  it('classifies each person as unchanged, move, new or unstaffed', () => {
    expect(byPerson.get('stay')).toEqual({ personId: 'stay', kind: 'unchanged', from: ['A'], to: 'A' });
    expect(byPerson.get('move')).toEqual({ personId: 'move', kind: 'move', from: ['A'], to: 'B' });
    expect(byPerson.get('release')).toEqual({ personId: 'release', kind: 'unstaffed', from: ['B'], to: null });
    expect(byPerson.get('join')).toEqual({ personId: 'join', kind: 'new', from: [], to: 'B' });
  });

  it('counts leaving one of two planned projects as a move from the one left', () => {
    expect(byPerson.get('consolidate')).toEqual({ personId: 'consolidate', kind: 'move', from: ['B'], to: 'A' });
  });

  it('leaves out people idle before and after', () => {
    expect(byPerson.has('idle')).toBe(false);
    expect(changes).toHaveLength(5);
  });
});
