import { describe, expect, it } from 'vitest';
import { bandInput, bandValues, marketInput, marketValues } from './band-form.js';
import type { CompBand } from './types.js';

const market = { id: 'm1', jobFamily: 'research-engineer', level: 'P5', currency: 'CNY', p25: 30_000_000, p50: 36_000_000, p75: 42_000_000, p90: 50_000_000, source: 'Survey', asOf: '2026-01-01' };
const band: CompBand = {
  id: 'b1', jobFamily: 'research-engineer', level: 'P5', currency: 'CNY', minBase: 28_000_000, midBase: 35_000_000, maxBase: 42_050_000, bonusTargetPct: 15, equityMin: 100, equityMax: 400, market,
};

describe('the band form', () => {
  it('shows an existing band in major units and sends it back unchanged in minor units', () => {
    const values = bandValues(band, 'other-family', 'USD');
    expect(values).toMatchObject({ jobFamily: 'research-engineer', level: 'P5', currency: 'CNY', minBase: 280_000, midBase: 350_000, maxBase: 420_500, bonusTargetPct: 15 });
    const { id: _id, market: _m, ...expected } = band;
    expect(bandInput(values as Parameters<typeof bandInput>[0])).toEqual(expected);
  });

  it('starts a new band in the family shown, with its currency, and normalises what is typed', () => {
    expect(bandValues(null, 'data-scientist', 'CNY')).toEqual({ jobFamily: 'data-scientist', currency: 'CNY', bonusTargetPct: 0, equityMin: 0, equityMax: 0 });
    expect(bandInput({ jobFamily: ' data-scientist ', level: 'p6 ', currency: 'jpy', minBase: 5_000_000, midBase: 6_000_000.4, maxBase: 7_000_000 })).toEqual({
      jobFamily: 'data-scientist', level: 'P6', currency: 'JPY', minBase: 5_000_000, midBase: 6_000_000, maxBase: 7_000_000, bonusTargetPct: 0, equityMin: 0, equityMax: 0,
    });
  });

  it('sends an emptied amount as 0, for the API to refuse by its name', () => {
    expect(bandInput({ jobFamily: 'x', level: 'P5', currency: 'CNY', minBase: undefined, midBase: 1, maxBase: 2 }).minBase).toBe(0);
  });
});

describe('the market-rate form', () => {
  it('edits a rate in major units and sends it back in minor units', () => {
    const values = marketValues(market, band, null, 'USD');
    expect(values).toMatchObject({ p25: 300_000, p50: 360_000, p75: 420_000, p90: 500_000, source: 'Survey', asOf: '2026-01-01' });
    const { id: _id, ...expected } = market;
    expect(marketInput(values as Parameters<typeof marketInput>[0])).toEqual(expected);
  });

  it("starts a new rate beside a band (its family, level and currency) or in the family shown; an empty date goes as null", () => {
    expect(marketValues(null, band, 'other', 'USD')).toEqual({ jobFamily: 'research-engineer', level: 'P5', currency: 'CNY', source: '' });
    expect(marketValues(undefined, null, 'data-scientist', 'USD')).toEqual({ jobFamily: 'data-scientist', level: undefined, currency: 'USD', source: '' });
    expect(marketInput({ jobFamily: 'x', level: 'p5', currency: 'cny', p25: 1, p50: 2, p75: 3, p90: 4, source: ' s ', asOf: ' ' })).toEqual({
      jobFamily: 'x', level: 'P5', currency: 'CNY', p25: 100, p50: 200, p75: 300, p90: 400, source: 's', asOf: null,
    });
  });
});
