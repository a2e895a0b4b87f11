// What the attraction plugin publishes to other plugins: its service and event ids with their
// interfaces and payloads, and the payload of the suggestion it accepts from development. The
// only copy: a plugin that uses them imports this file for types only
// (`import type … from '@cadre/plugin-attraction/contracts'`, enforced by check-imports) and
// names the ids as strings, so no plugin loads another's code.

/** Service ids, injected with `@Inject('attraction.comp-bands')` etc. */
export const ATTRACTION_SERVICES = { compBands: 'attraction.comp-bands', compPositions: 'attraction.comp-positions' } as const;

/** Event ids, declared by a subscriber with `defineEvent<OfferHiredPayload>('attraction.offer-hired')`. */
export const ATTRACTION_EVENTS = { offerHired: 'attraction.offer-hired' } as const;

/** 'attraction.offer-hired': an accepted offer became a person (after the core's people.hire-completed). */
export interface OfferHiredPayload {
  offerId: string;
  personId: string;
  /** The offer's equity in units (0: none); vesting as offered. */
  equity: { units: number; vestingMonths: number; cliffMonths: number; vestingFrequency: 'monthly' | 'quarterly' | 'annual' };
  /** The agreed start date (YYYY-MM-DD): the grant's date and vesting start. */
  startDate: string;
  currency: string;
}

export interface CompBandRef {
  jobFamily: string;
  level: string;
  currency: string;
  minBase: number;
  midBase: number;
  maxBase: number;
}

export interface PersonBandRef {
  personId: string;
  /** The job family the person is mapped to (or inferred from their title); null when unknown. */
  jobFamily: string | null;
  level: string;
  /** The band of jobFamily × level; null when there is none. */
  band: CompBandRef | null;
}

/** 'attraction.comp-bands': the compensation bands, no access checks. */
export interface AttractionCompBands {
  /** Each person's job family and band (one entry per id that is a person). */
  bandsOfPeople(personIds: string[]): Promise<PersonBandRef[]>;
}

export interface CompaRatioRef {
  personId: string;
  jobFamily: string | null;
  /** Base pay over the band's midpoint; null without a band or pay. */
  compaRatio: number | null;
  /** Where base pay falls in the market data (0–100); null without market data. */
  marketPercentile: number | null;
}

/** 'attraction.comp-positions': pay against bands and market, raw numbers, no access checks. */
export interface AttractionCompPositions {
  /** For these people (everyone when omitted). */
  compaRatios(personIds?: string[]): Promise<CompaRatioRef[]>;
}

/**
 * 'development.requisition-suggested', emitted by the development plugin when team-gap analysis
 * finds a skill a unit cannot grow in time; attraction drafts a requisition from it. Typed here,
 * by the plugin that acts on it (development's tests already build against attraction).
 */
export interface RequisitionSuggestedPayload {
  unitId: string | null;
  skillId: string;
  skillName: string;
  /** Proficiency needed (0–5). */
  level: number;
  reason: string;
  /** Filled where known: the unit's lead hires. */
  hiringManagerId?: string | null;
  /** Filled where known: the lowest career level whose expectations include the skill at `level`. */
  jobLevel?: string | null;
  /** Filled where known: the job family most of the unit's people are in. */
  jobFamily?: string | null;
}
