import { EventHandler, type EventHandlerInstance } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import type { RequisitionSuggestedPayload } from '../contracts.js';
import { RequisitionSuggested } from '../shared/attraction.events.js';
import { RequisitionService } from './requisition.service.js';
import { SuggestedPlacementService } from './suggested-placement.service.js';

/** development's team-gap analysis suggests a hire: open a draft requisition awaiting approval, placed where known. */
@Injectable()
@EventHandler(RequisitionSuggested, 'attraction.draft-suggested-requisition')
export class RequisitionSuggestedHandler implements EventHandlerInstance<RequisitionSuggestedPayload> {
  constructor(
    private readonly requisitions: RequisitionService,
    private readonly placement: SuggestedPlacementService,
  ) {}

  async handle(payload: RequisitionSuggestedPayload): Promise<void> {
    if (!payload?.skillId) return; // malformed: nothing sensible to draft
    await this.requisitions.createSuggested(payload, 'development', await this.placement.of(payload));
  }
}
