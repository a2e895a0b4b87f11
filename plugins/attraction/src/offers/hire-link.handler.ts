import { DataService, EventBus, EventHandler, HireCompleted, type EventHandlerInstance, type HireCompletedPayload } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { PersonJobFamilyEntity } from '../bands/person-job-family.entity.js';
import { CandidateEntity } from '../candidates/candidate.entity.js';
import { RequisitionEntity } from '../requisitions/requisition.entity.js';
import { OfferHired } from '../shared/attraction.events.js';
import { OfferEntity } from './offer.entity.js';

/**
 * Once the core has created the person of an accepted offer: links offer and candidate to them,
 * maps their job family and announces attraction.offer-hired (incentives grants the equity). Runs in the delivery's transaction, so it happens exactly once in effect
 * however the process stops.
 */
@Injectable()
@EventHandler(HireCompleted, 'attraction.link-hire')
export class HireLinkHandler implements EventHandlerInstance<HireCompletedPayload> {
  constructor(
    private readonly data: DataService,
    private readonly events: EventBus,
  ) {}

  async handle({ sourceKey, personId }: HireCompletedPayload): Promise<void> {
    const offers = this.data.repo(OfferEntity);
    const found = await offers.findOneBy({ id: sourceKey });
    if (!found) return; // another plugin's hire
    const candidate = await this.data.repo(CandidateEntity).get(found.candidateId); // candidate before offer, as everywhere
    const offer = await offers.get(sourceKey);
    const requisition = await this.data.repo(RequisitionEntity).findOneBy({ id: offer.requisitionId });
    if (candidate.hiredPersonId !== personId) await this.data.repo(CandidateEntity).save(Object.assign(candidate, { hiredPersonId: personId }));
    if (offer.hiredPersonId !== personId) {
      await offers.save(Object.assign(offer, { hiredPersonId: personId }));
      // Only on the first link: a replayed HireCompleted announces nothing twice.
      await this.events.emit(OfferHired, {
        offerId: offer.id, personId, startDate: offer.startDate, currency: offer.currency,
        equity: { units: offer.equityUnits, vestingMonths: offer.vestingMonths, cliffMonths: offer.cliffMonths, vestingFrequency: offer.vestingFrequency as 'monthly' | 'quarterly' | 'annual' },
      });
    }
    const families = this.data.repo(PersonJobFamilyEntity);
    if (requisition?.jobFamily && !(await families.findOneBy({ personId }))) await families.save(families.create({ personId, jobFamily: requisition.jobFamily }));
  }
}
