import type { OfferHiredPayload } from '@cadre/plugin-attraction/contracts';
import { AuditService, DataService, defineEvent, EventBus, EventHandler, type EventHandlerInstance } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { EquityGranted } from '../shared/events.js';
import { EquityGrantEntity } from './equity-grant.entity.js';

// attraction's event, declared here from the published contract only to subscribe to it.
const OfferHired = defineEvent<OfferHiredPayload>('attraction.offer-hired');

const FREQUENCY_MONTHS: Record<string, number> = { monthly: 1, quarterly: 3, annual: 12 };

/**
 * An accepted offer's equity becomes one granted new-hire grant: the offer was approved already
 * (with its exception approval when outside the band), so no second proposal round. Idempotent:
 * the grant's unique source key means a redelivery finds the first grant and makes none.
 */
@Injectable()
@EventHandler(OfferHired, 'incentives.grant-offer-equity')
export class OfferEquityHandler implements EventHandlerInstance<OfferHiredPayload> {
  constructor(
    private readonly data: DataService,
    private readonly events: EventBus,
    private readonly audit: AuditService,
  ) {}

  async handle(p: OfferHiredPayload): Promise<void> {
    if (!p?.offerId || !p.personId || !(p.equity?.units > 0)) return; // no equity offered: nothing to grant
    const sourceKey = `attraction.offer:${p.offerId}`;
    const grants = this.data.repo(EquityGrantEntity);
    await this.data.lock(`incentives.grant-source:${sourceKey}`);
    if (await grants.findOneBy({ sourceKey })) return;
    const grant = await grants.save(grants.create({
      personId: p.personId, kind: 'new-hire', units: p.equity.units, strikePrice: null, currency: null, grantDate: p.startDate, vestingStart: p.startDate,
      cliffMonths: p.equity.cliffMonths, vestingMonths: p.equity.vestingMonths, frequencyMonths: FREQUENCY_MONTHS[p.equity.vestingFrequency] ?? 1,
      status: 'granted', note: 'From the accepted offer', sourceKey, createdById: null, createdBy: null, approvedBy: null, approvedAt: null,
    }));
    // The delivery's transaction: the grant, its audit entry and its event commit together.
    await this.audit.record({ operation: 'grantOfferEquity', targetType: 'IncentivesEquityGrant', targetId: grant.id, before: null, after: { personId: grant.personId, units: grant.units, sourceKey } });
    await this.events.emit(EquityGranted, { grantId: grant.id, personId: grant.personId, kind: grant.kind, units: grant.units });
  }
}
