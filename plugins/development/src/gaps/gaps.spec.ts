import { describe, expect, it } from 'vitest';
import { recommendCourses, recommendMentors, skillGaps } from './skill-gaps.js';
import { judgeRequirement, requisitionsBySkill } from './team-gaps.js';

describe('skillGaps', () => {
  it('subtracts the profile from the expectations, widest gap first, missing skills at 0', () => {
    const gaps = skillGaps(
      [{ skillId: 'dist', level: 4 }, { skillId: 'gpu', level: 3 }, { skillId: 'py', level: 3 }, { skillId: 'writing', level: 2 }],
      [{ skillId: 'dist', level: 2 }, { skillId: 'gpu', level: 3 }, { skillId: 'py', level: 4 }],
    );
    expect(gaps).toEqual([
      { skillId: 'dist', expected: 4, current: 2, gap: 2 },
      { skillId: 'writing', expected: 2, current: 0, gap: 2 },
    ]);
  });
});

describe('recommendCourses', () => {
  const gap = { skillId: 'dist', expected: 4, current: 2, gap: 2 };
  const course = (id: string, level: number, extra: Partial<{ active: boolean; startsOn: string | null }> = {}) => ({ id, title: `Course ${id}`, skills: [{ skillId: 'dist', level }], active: true, startsOn: null, ...extra });

  it('prefers courses reaching the expected level, then the closest fit, then the soonest', () => {
    const picked = recommendCourses(gap, [course('a', 3), course('b', 5), course('c', 4, { startsOn: '2026-09-01' }), course('d', 4, { startsOn: '2026-06-01' })], new Set(), 'Distributed training', 'P6');
    expect(picked.map((c) => c.courseId)).toEqual(['d', 'c', 'b']);
    expect(picked[0].reason).toBe('Teaches Distributed training up to level 4: you are at 2 and P6 expects 4');
  });

  it('skips inactive, completed and too-easy courses, and says when a course is only a step', () => {
    const picked = recommendCourses(gap, [course('a', 3), course('b', 2), course('c', 5, { active: false }), course('d', 5)], new Set(['d']), 'Distributed training', 'P6');
    expect(picked).toEqual([{ courseId: 'a', title: 'Course a', reachesLevel: 3, reason: 'Teaches Distributed training up to level 3: you are at 2 and P6 expects 4 — a step towards it' }]);
  });
});

describe('recommendMentors', () => {
  it('keeps experts at or above the expected level, never the person, in the finder order', () => {
    const experts = [
      { personId: 'me', score: 30, evidence: [] },
      { personId: 'x', score: 20, evidence: ['Authored "A"', 'Gave the talk "B"', 'more'] },
      { personId: 'y', score: 15, evidence: [] },
      { personId: 'z', score: 10, evidence: [] },
    ];
    const levels = new Map([['me', 5], ['x', 5], ['y', 3], ['z', 4]]);
    const picked = recommendMentors({ skillId: 's', expected: 4, current: 1, gap: 3 }, experts, levels, 'me', 'RLHF');
    expect(picked.map((m) => m.personId)).toEqual(['x', 'z']);
    expect(picked[0].reason).toBe('RLHF level 5 (≥ 4 expected), expertise score 20: Authored "A"; Gave the talk "B"');
  });
});

describe('judgeRequirement', () => {
  it('is covered when someone meets the level', () => {
    expect(judgeRequirement(4, new Map([['a', 4], ['b', 3]]))).toEqual({ covered: [{ personId: 'a', level: 4 }], candidates: [], recommendation: 'covered' });
  });

  it('recommends training people within one level, else a requisition', () => {
    expect(judgeRequirement(5, new Map([['a', 4], ['b', 3], ['c', 4]]))).toEqual({ covered: [], candidates: [{ personId: 'a', level: 4 }, { personId: 'c', level: 4 }], recommendation: 'training' });
    expect(judgeRequirement(3, new Map([['a', 1], ['b', 0]]))).toMatchObject({ candidates: [], recommendation: 'requisition' });
    expect(judgeRequirement(1, new Map([['a', 0]]))).toMatchObject({ recommendation: 'requisition' }); // level 0 is not "close"
    expect(judgeRequirement(2, new Map())).toMatchObject({ recommendation: 'requisition' });
  });
});

describe('requisitionsBySkill', () => {
  it('keeps one per skill at the highest level needed', () => {
    expect(requisitionsBySkill([{ skillId: 'rlhf', minLevel: 3, projectName: 'A' }, { skillId: 'rlhf', minLevel: 4, projectName: 'B' }, { skillId: 'cuda', minLevel: 2, projectName: 'A' }])).toEqual([
      { skillId: 'cuda', level: 2, projects: ['A'] },
      { skillId: 'rlhf', level: 4, projects: ['A', 'B'] },
    ]);
  });
});
