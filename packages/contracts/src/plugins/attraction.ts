// What the attraction plugin publishes to other plugins: event names with their payloads and
// service tokens with their interfaces. Hand-written (not generated): a plugin that subscribes
// declares the event with `defineEvent<OfferHiredPayload>(OFFER_HIRED)` and injects a service
// with `@Inject(ATTRACTION_COMP_BANDS)`, without importing the attraction plugin itself.

/** An accepted offer became a person (after the core's people.hire-completed). */
export const OFFER_HIRED = 'attraction.offer-hired';

export interface OfferHiredPayload {
  offerId: string;
  personId: string;
  /** The offer's equity in units (0: none); vesting as offered. */
  equity: { units: number; vestingMonths: number; cliffMonths: number; vestingFrequency: 'monthly' | 'quarterly' | 'annual' };
  /** The agreed start date (YYYY-MM-DD): the grant's date and vesting start. */
  startDate: string;
  currency: string;
}

/** Published as 'attraction.comp-bands': the compensation bands, no access checks. */
export const ATTRACTION_COMP_BANDS = 'attraction.comp-bands';

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

export interface AttractionCompBands {
  /** Each person's job family and band (one entry per id that is a person). */
  bandsOfPeople(personIds: string[]): Promise<PersonBandRef[]>;
}
