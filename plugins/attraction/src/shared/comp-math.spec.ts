import { describe, expect, it } from 'vitest';
import { bandPosition, bandProblem, compaRatio, marketPercentile, marketProblem, rangePenetration } from './comp-math.js';

const band = { minBase: 800, midBase: 1000, maxBase: 1200 };
const market = { p25: 800, p50: 1000, p75: 1200, p90: 1500 };

describe('compa-ratio and band position', () => {
  it('divides base by the band midpoint', () => {
    expect(compaRatio(1000, band)).toBe(1);
    expect(compaRatio(900, band)).toBe(0.9);
    expect(compaRatio(1234, band)).toBe(1.234);
    expect(compaRatio(1, { midBase: 3 })).toBe(0.3333);
  });

  it('places base in the range and flags outside the band', () => {
    expect(rangePenetration(800, band)).toBe(0);
    expect(rangePenetration(1100, band)).toBe(0.75);
    expect(rangePenetration(1300, band)).toBe(1.25);
    expect(bandPosition(799, band)).toBe('below');
    expect(bandPosition(800, band)).toBe('within');
    expect(bandPosition(1200, band)).toBe('within');
    expect(bandPosition(1201, band)).toBe('above');
  });
});

describe('market percentile', () => {
  it('hits the points exactly', () => {
    expect(marketPercentile(800, market)).toBe(25);
    expect(marketPercentile(1000, market)).toBe(50);
    expect(marketPercentile(1200, market)).toBe(75);
    expect(marketPercentile(1500, market)).toBe(90);
  });

  it('interpolates linearly inside each segment', () => {
    expect(marketPercentile(900, market)).toBe(37.5);
    expect(marketPercentile(1100, market)).toBe(62.5);
    expect(marketPercentile(1300, market)).toBe(80);
    expect(marketPercentile(1350, market)).toBe(82.5);
  });

  it('extends the outer segments and clamps to 0–100', () => {
    expect(marketPercentile(700, market)).toBe(12.5);
    expect(marketPercentile(100, market)).toBe(0);
    expect(marketPercentile(1600, market)).toBe(95);
    expect(marketPercentile(5000, market)).toBe(100);
  });

  it('names out-of-order points and bands', () => {
    expect(marketProblem(market)).toBeNull();
    expect(marketProblem({ ...market, p75: 1000 })).toMatchObject({ field: 'p75' });
    expect(String(marketProblem({ ...market, p75: 1000 })?.message)).toBe('must be greater than p50 (1000)');
    expect(String(marketProblem({ ...market, p75: 1000 }, 'CNY')?.message)).toBe('must be greater than p50 (CNY 10.00)');
    expect(bandProblem(band)).toBeNull();
    expect(bandProblem({ minBase: 10, midBase: 5, maxBase: 20 })?.field).toBe('midBase');
    expect(bandProblem({ minBase: 10, midBase: 15, maxBase: 12 })?.field).toBe('maxBase');
  });
});
