import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { newTermsValues, offerTermsValues, termsInput, type TermsValues } from './offer-terms.js';
import type { CompBand, Offer } from './types.js';

const offer = {
  id: 'o1', currency: 'CNY', base: 36_000_000, bonusTargetPct: 15, equityUnits: 300, signOnBonus: 5_000_000, learningBudget: 1_000_000, startDate: '2027-02-01', expiresOn: null,
  remoteWork: 'hybrid', flexibleHours: true, innovationTimePct: 10, careerPath: 'Staff in 3 years', benefits: ['Housing'], vesting: { months: 48, cliffMonths: 12, frequency: 'quarterly' },
} as unknown as Offer;

describe('the terms of an offer', () => {
  it('revises from the current terms: money in major units, dates as days, and sends them back unchanged', () => {
    const values = offerTermsValues(offer);
    expect(values).toMatchObject({ base: 360_000, signOnBonus: 50_000, learningBudget: 10_000, vestingMonths: 48, cliffMonths: 12, frequency: 'quarterly', expiresOn: null });
    expect(values.startDate?.format('YYYY-MM-DD')).toBe('2027-02-01');
    expect(termsInput(values as TermsValues, 'CNY')).toEqual({
      base: 36_000_000, currency: 'CNY', bonusTargetPct: 15, equityUnits: 300, signOnBonus: 5_000_000, learningBudget: 1_000_000, startDate: '2027-02-01', expiresOn: null,
      remoteWork: 'hybrid', flexibleHours: true, innovationTimePct: 10, careerPath: 'Staff in 3 years', benefits: ['Housing'], vesting: { months: 48, cliffMonths: 12, frequency: 'quarterly' },
    });
  });

  it('leaves hidden money empty rather than zero, and sends an emptied base as 0 for the API to refuse by name', () => {
    const values = offerTermsValues({ ...offer, base: null, signOnBonus: null, vesting: null } as unknown as Offer);
    expect(values).toMatchObject({ base: undefined, signOnBonus: undefined, vestingMonths: 48, cliffMonths: 12, frequency: 'monthly' });
    expect(termsInput(values as TermsValues, 'CNY')).toMatchObject({ base: 0, signOnBonus: 0 });
  });

  it("starts a new offer at the band's middle, 30 days out", () => {
    const band = { midBase: 35_000_000, currency: 'CNY', bonusTargetPct: 15, equityMin: 100, equityMax: 401 } as CompBand;
    const values = newTermsValues(band, dayjs('2026-12-06'));
    expect(values).toMatchObject({ base: 350_000, bonusTargetPct: 15, equityUnits: 251, vestingMonths: 48, remoteWork: 'hybrid' });
    expect(values.startDate?.format('YYYY-MM-DD')).toBe('2027-01-05');
    expect(newTermsValues(null)).toMatchObject({ base: undefined, equityUnits: 0 });
  });
});
