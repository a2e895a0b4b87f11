import { ATTRACTION_EVENTS, type OfferHiredPayload, type RequisitionSuggestedPayload } from '../contracts.js';
import { defineEvent } from '@cadre/sdk';

/** A requisition was approved and is open for candidates. */
export const RequisitionOpened = defineEvent<{ requisitionId: string; title: string; jobFamily: string; level: string; headcount: number; orgUnitId: string | null }>('attraction.requisition-opened');

/** A candidate accepted their offer (the core separately receives HireRequested). */
export const OfferAccepted = defineEvent<{ offerId: string; candidateId: string; requisitionId: string; startDate: string }>('attraction.offer-accepted');

/** An accepted offer's person exists: its equity and start date, for incentives to grant (payload published in ../contracts.ts). */
// An outside subscriber (webhook) gets the equity terms only when its owner may see everyone's pay.
export const OfferHired = defineEvent<OfferHiredPayload>(ATTRACTION_EVENTS.offerHired, { sensitive: { equity: 'people.compensation.read' } });

/**
 * Published by the development plugin when a team lacks a skill it cannot grow in time. Not
 * ours: declared here from the published contract only to subscribe (the host lets a plugin list
 * only its own events).
 */
export const RequisitionSuggested = defineEvent<RequisitionSuggestedPayload>('development.requisition-suggested');
