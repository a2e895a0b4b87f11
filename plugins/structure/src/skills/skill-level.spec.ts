import { describe, expect, it } from 'vitest';
import { heatmap } from './heatmap.js';
import { deriveLevel, type EvidencePoint } from './skill-level.js';

const at = (n: number) => `2026-01-01T00:00:${String(n).padStart(2, '0')}.000Z`;
const e = (kind: EvidencePoint['kind'], level: number, t: number): EvidencePoint => ({ kind, level, at: at(t) });

describe('deriveLevel', () => {
  it('takes the latest manager or review assessment over a self-assessment', () => {
    expect(deriveLevel([e('self', 5, 1), e('manager', 3, 2)])).toEqual({ level: 3, kinds: ['self', 'manager'] });
    expect(deriveLevel([e('manager', 3, 1), e('self', 5, 2)]).level).toBe(3);
    expect(deriveLevel([e('manager', 3, 1), e('review', 4, 2)]).level).toBe(4);
    expect(deriveLevel([e('review', 4, 1), e('manager', 2, 2)]).level).toBe(2);
  });

  it('uses the latest self-assessment when nobody else assessed', () => {
    expect(deriveLevel([e('self', 2, 1), e('self', 3, 2)]).level).toBe(3);
  });

  it('lets knowledge evidence raise the level but never lower it', () => {
    expect(deriveLevel([e('manager', 2, 1), e('knowledge', 4, 2)]).level).toBe(4);
    expect(deriveLevel([e('manager', 2, 1), e('knowledge', 4, 2), e('knowledge', 2, 3)]).level).toBe(4);
    expect(deriveLevel([e('manager', 4, 1), e('knowledge', 2, 2)]).level).toBe(4);
    expect(deriveLevel([e('knowledge', 3, 1)])).toEqual({ level: 3, kinds: ['knowledge'] });
  });

  it('is 0 without evidence', () => {
    expect(deriveLevel([])).toEqual({ level: 0, kinds: [] });
  });
});

describe('heatmap', () => {
  it('averages over all members (no level counts as 0) and counts people at the threshold', () => {
    const levels = new Map([['p1|s', 4], ['p2|s', 2], ['p3|t', 5]]);
    const cells = heatmap(new Map([['u', ['p1', 'p2', 'p3']], ['empty', []]]), ['s', 't'], (p, s) => levels.get(`${p}|${s}`), 3);
    expect(cells).toEqual([
      { unitId: 'u', skillId: 's', average: 2, atLeast: 1, assessed: 2 },
      { unitId: 'u', skillId: 't', average: 1.67, atLeast: 1, assessed: 1 },
      { unitId: 'empty', skillId: 's', average: 0, atLeast: 0, assessed: 0 },
      { unitId: 'empty', skillId: 't', average: 0, atLeast: 0, assessed: 0 },
    ]);
  });
});
