import { describe, expect, it } from 'vitest';
import { heatmap } from './heatmap.js';
import { deriveLevel, evidencePoints, type EvidencePoint } from './skill-level.js';

const at = (n: number) => `2026-01-01T00:00:${String(n).padStart(2, '0')}.000Z`;
const e = (kind: EvidencePoint['kind'], level: number, t: number): EvidencePoint => ({ kind, level, at: at(t) });

describe('deriveLevel', () => {
  it('takes the latest manager or review assessment over a self-assessment', () => {
    expect(deriveLevel([e('self', 5, 1), e('manager', 3, 2)])).toMatchObject({ level: 3, kinds: ['self', 'manager'], source: 'manager', claimedLevel: null });
    expect(deriveLevel([e('manager', 3, 1), e('self', 5, 2)])).toMatchObject({ level: 3, source: 'manager', claimedLevel: 5 });
    expect(deriveLevel([e('manager', 3, 1), e('review', 4, 2)])).toMatchObject({ level: 4, source: 'review' });
    expect(deriveLevel([e('review', 4, 1), e('manager', 2, 2)])).toMatchObject({ level: 2, source: 'manager' });
  });

  it('uses the latest self-assessment when nobody else assessed', () => {
    expect(deriveLevel([e('self', 2, 1), e('self', 3, 2)])).toMatchObject({ level: 3, source: 'self', claimedLevel: null });
    expect(deriveLevel([e('self', 4, 1), e('self', 2, 2)]).level).toBe(2);
  });

  it('never lets knowledge or course evidence raise a level a manager or review set (#18)', () => {
    // The bug: the person's own knowledge item, newer than the manager's 2, made them a 4.
    expect(deriveLevel([e('manager', 2, 1), e('knowledge', 4, 2)])).toMatchObject({ level: 2, source: 'manager', claimedLevel: 4 });
    expect(deriveLevel([e('manager', 2, 1), e('course', 3, 2)])).toMatchObject({ level: 2, source: 'manager', claimedLevel: 3 });
    expect(deriveLevel([e('review', 1, 1), e('self', 3, 2), e('knowledge', 4, 3)])).toMatchObject({ level: 1, source: 'review', claimedLevel: 4 });
    // Evidence the assessor already had is no claim: the manager decided with it in view.
    expect(deriveLevel([e('knowledge', 4, 1), e('manager', 2, 2)])).toMatchObject({ level: 2, source: 'manager', claimedLevel: null });
    // Smaller proof after an assessment is no claim and changes nothing.
    expect(deriveLevel([e('manager', 4, 1), e('knowledge', 2, 2)])).toMatchObject({ level: 4, claimedLevel: null });
  });

  it('lets knowledge and course evidence raise a self-assessment, never lower it', () => {
    expect(deriveLevel([e('self', 2, 1), e('knowledge', 4, 2)])).toMatchObject({ level: 4, source: 'knowledge' });
    expect(deriveLevel([e('self', 2, 1), e('knowledge', 4, 2), e('knowledge', 2, 3)]).level).toBe(4);
    expect(deriveLevel([e('self', 3, 1), e('course', 3, 2)])).toMatchObject({ level: 3, source: 'self' });
    expect(deriveLevel([e('knowledge', 3, 1), e('course', 4, 2)])).toMatchObject({ level: 4, source: 'course', kinds: ['knowledge', 'course'] });
    expect(deriveLevel([e('knowledge', 3, 1)])).toMatchObject({ level: 3, kinds: ['knowledge'], source: 'knowledge' });
  });

  it('says what each source says and which one decided', () => {
    const d = deriveLevel([e('self', 3, 1), e('manager', 2, 2), e('knowledge', 4, 3), e('knowledge', 3, 4), e('self', 2, 5)]);
    expect(d.sources).toEqual([
      { kind: 'self', level: 2, at: at(5), decides: false, claimAboveAssessed: false },
      { kind: 'manager', level: 2, at: at(2), decides: true, claimAboveAssessed: false },
      { kind: 'knowledge', level: 4, at: at(3), decides: false, claimAboveAssessed: true },
    ]);
    expect(d.claimedLevel).toBe(4);
    // A new assessment resolves the claims, whatever it says.
    expect(deriveLevel([e('manager', 2, 1), e('knowledge', 4, 2), e('manager', 3, 3)])).toMatchObject({ level: 3, claimedLevel: null });
  });

  it('orders same-millisecond rows by the order they were recorded in', () => {
    const points = evidencePoints([
      { kind: 'manager', level: 2, createdAt: at(1) },
      { kind: 'manager', level: 3, createdAt: at(1) },
    ]);
    expect(deriveLevel(points).level).toBe(3);
    // Written in the same instant as the assessment (a seeded profile): not a claim made since.
    expect(deriveLevel(evidencePoints([{ kind: 'manager', level: 2, createdAt: at(1) }, { kind: 'self', level: 4, createdAt: at(1) }]))).toMatchObject({ level: 2, claimedLevel: null });
  });

  it('is 0 without evidence', () => {
    expect(deriveLevel([])).toEqual({ level: 0, kinds: [], source: null, sources: [], claimedLevel: null });
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
