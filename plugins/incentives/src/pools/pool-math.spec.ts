import { describe, expect, it } from 'vitest';
import { formatMoney } from '../shared/money.js';
import { calculation } from './formula.js';
import { memberWeight } from './weights.js';

describe('weights', () => {
  const settings = { rule: 'salary-target-percent', levelTargets: [{ name: 'Ada', level: 'P5', value: 15 }], defaultTarget: 10, currency: 'CNY' };

  it('multiplies base salary by the level target %', () => {
    expect(memberWeight(settings, { name: 'Ada', level: 'P5', base: 62_000_000, baseCurrency: 'CNY' }, null)).toEqual({
      weight: 9_300_000, explanation: 'ω = base CNY 620,000.00 × 15% (P5 target) = CNY 93,000.00',
    });
    expect(memberWeight(settings, { name: 'Ada', level: 'P9', base: 100, baseCurrency: 'CNY' }, null)).toMatchObject({ weight: 10 });
  });

  it('lets a per-person weight override the rule and names what is missing', () => {
    expect(memberWeight(settings, { name: 'Ada', level: 'P5', base: null, baseCurrency: null }, 0.3)).toMatchObject({ weight: 0.3 });
    expect(memberWeight(settings, { name: 'Ada', level: 'P5', base: null, baseCurrency: null }, null)).toMatchObject({ error: { id: '{0} has no base salary', values: ['Ada'] } });
    expect(memberWeight(settings, { name: 'Ada', level: 'P5', base: 1, baseCurrency: 'USD' }, null)).toSatisfy((w: object) => 'error' in w && String(w.error).includes('USD'));
    expect(memberWeight({ ...settings, rule: 'custom' }, { name: 'Ada', level: 'P5', base: 1, baseCurrency: 'CNY' }, null)).toSatisfy((w: object) => 'error' in w && String(w.error).includes('custom'));
    expect(memberWeight({ ...settings, rule: 'target-by-level', defaultTarget: null }, { name: 'Ada', level: 'P4', base: 1, baseCurrency: 'CNY' }, null)).toSatisfy((w: object) => 'error' in w && String(w.error).startsWith('Ada has level "P4"'));
    expect(memberWeight({ ...settings, rule: 'equal' }, { name: 'Ada', level: 'P4', base: null, baseCurrency: null }, null)).toMatchObject({ weight: 1 });
  });
});

describe('formula', () => {
  const base = { pool: 1000, currency: 'CNY', score: 4.8, thresholds: [4, 3], coefficients: [2, 1, 0.5], weight: 0.3, coefficient: 2, lambda: 0.000887, weightedSum: 0.887, anyoneBound: false, floor: null, cap: null, exact: 676.437, amount: 676, bound: 0 };

  it('fills in the closed form when nobody is bound', () => {
    expect(calculation(base)).toBe('s = 4.8 is in band 1 (s > 4), so c = 2; y = D · ω · c / Σ ω_j c_j = 1000 × 0.3 × 2 / 0.887 = 676.437; rounded by largest remainder: 676 minor units = CNY 6.76');
  });

  it('says when a floor or cap holds', () => {
    expect(calculation({ ...base, anyoneBound: true, bound: 1, cap: 500, exact: 500, amount: 500 })).toContain('above the cap 500, so y = 500');
    expect(calculation({ ...base, anyoneBound: true, bound: -1, floor: 800, exact: 800, amount: 800 })).toContain('below the floor 800');
  });

  it('formats money in the currency minor unit', () => {
    expect(formatMoney(123456, 'CNY')).toBe('CNY 1,234.56');
    expect(formatMoney(1234, 'JPY')).toBe('JPY 1,234');
  });
});
