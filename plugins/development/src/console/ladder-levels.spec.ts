import { describe, expect, it } from 'vitest';
import { initialLevelValues, levelInput, nextRank } from './ladder-levels.js';
import type { CareerLevel } from './types.js';

const level = (code: string, rank: number, expectations: CareerLevel['expectations'] = []): CareerLevel => ({
  id: `id-${code}`, ladderId: 'ladder', code, rank, title: `${code} title`, description: `${code} text`, expectations,
});

describe('the career level form', () => {
  it('puts a new level one rank above the most senior, or at 1 on an empty ladder', () => {
    expect(nextRank([])).toBe(1);
    expect(nextRank([level('P5', 5), level('P3', 3), level('P4', 4)])).toBe(6);
    expect(initialLevelValues(null, [level('M4', 4), level('M7', 7)])).toEqual({ code: '', rank: 8, title: '', description: '', expectations: [] });
  });

  it('starts an edit from the level as it is, expectations without their names', () => {
    const p5 = level('P5', 5, [{ skillId: 's1', skillName: 'Python', level: 3 }, { skillId: 's2', skillName: 'GPU', level: 2 }]);
    expect(initialLevelValues(p5, [p5])).toEqual({
      code: 'P5', rank: 5, title: 'P5 title', description: 'P5 text', expectations: [{ skillId: 's1', level: 3 }, { skillId: 's2', level: 2 }],
    });
  });

  it('sends trimmed text for the API to judge, and drops rows without a skill', () => {
    expect(levelInput('ladder-1', {
      code: ' P9 ', rank: 9, title: '  Distinguished  ', description: undefined,
      expectations: [{ skillId: 's1', level: 5 }, { level: 3 }, { skillId: 's1', level: 4 }],
    })).toEqual({
      ladderId: 'ladder-1', code: 'P9', rank: 9, title: 'Distinguished', description: '',
      // A skill named twice is sent as is: the API refuses it on `expectations`.
      expectations: [{ skillId: 's1', level: 5 }, { skillId: 's1', level: 4 }],
    });
  });
});
