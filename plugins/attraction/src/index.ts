import { ATTRACTION_SERVICES } from './contracts.js';
import { definePlugin, registerMessages } from '@cadre/sdk';
import { FunnelResolver } from './analytics/funnel.resolver.js';
import { FunnelService } from './analytics/funnel.service.js';
import { CompBandEntity } from './bands/comp-band.entity.js';
import { CompBandResolver } from './bands/comp-band.resolver.js';
import { CompBandService } from './bands/comp-band.service.js';
import { CompBandsApi } from './bands/comp-bands.api.js';
import { CompImportService } from './bands/comp-import.service.js';
import { CompPositionService } from './bands/comp-position.service.js';
import { MarketRateEntity } from './bands/market-rate.entity.js';
import { PersonJobFamilyEntity } from './bands/person-job-family.entity.js';
import { CandidateNoteEntity } from './candidates/candidate-note.entity.js';
import { CandidateEntity } from './candidates/candidate.entity.js';
import { CandidateResolver } from './candidates/candidate.resolver.js';
import { CandidateService } from './candidates/candidate.service.js';
import { ScorecardEntity } from './candidates/scorecard.entity.js';
import { ScorecardService } from './candidates/scorecard.service.js';
import { StageTransitionEntity } from './candidates/stage-transition.entity.js';
import { CreateAttraction20261129030000 } from './migrations/20261129030000-create-attraction.migration.js';
import { OfferCreatorAccount20261204120000 } from './migrations/20261204120000-offer-creator-account.migration.js';
import { HireLinkHandler } from './offers/hire-link.handler.js';
import { OfferApprovalEntity } from './offers/offer-approval.entity.js';
import { OfferEntity } from './offers/offer.entity.js';
import { OfferHydrator } from './offers/offer.hydrator.js';
import { OfferResolver } from './offers/offer.resolver.js';
import { OfferService } from './offers/offer.service.js';
import { RequisitionSuggestedHandler } from './requisitions/requisition-suggested.handler.js';
import { RequisitionEntity } from './requisitions/requisition.entity.js';
import { RequisitionResolver } from './requisitions/requisition.resolver.js';
import { RequisitionService } from './requisitions/requisition.service.js';
import { SuggestedPlacementService } from './requisitions/suggested-placement.service.js';
import { seedBands } from './seed/demo-bands.js';
import { seedPipeline } from './seed/demo-pipeline.js';
import { compBandsCsvExport } from './bands/comp-bands.csv-export.js';
import { payPositionsCsvExport } from './bands/pay-positions.csv-export.js';
import { candidatesCsvExport } from './candidates/candidates.csv-export.js';
import { OfferAccepted, OfferHired, RequisitionOpened } from './shared/attraction.events.js';
import { ATTRACTION_MESSAGES_ZH_CN } from './i18n/api-messages.zh-CN.js';

// API messages in zh-CN (the English text is the id); en-US is the text itself.
registerMessages('zh-CN', ATTRACTION_MESSAGES_ZH_CN);

/** Win the people the company needs: comp bands, requisitions, pipeline, offers, funnel analytics. */
export const attractionPlugin = definePlugin({
  id: 'attraction',
  version: '0.1.0',
  sdk: '^0.1.0',
  description: 'Win the people the company needs: comp bands, requisitions, pipeline, offers',
  entities: [
    CompBandEntity, MarketRateEntity, PersonJobFamilyEntity, RequisitionEntity, CandidateEntity, StageTransitionEntity, ScorecardEntity,
    CandidateNoteEntity, OfferEntity, OfferApprovalEntity,
  ],
  migrations: [CreateAttraction20261129030000, OfferCreatorAccount20261204120000],
  providers: [
    CompBandService, CompImportService, CompPositionService, RequisitionService, CandidateService, ScorecardService, OfferService, OfferHydrator, FunnelService, SuggestedPlacementService,
    { provide: ATTRACTION_SERVICES.compPositions, useExisting: CompPositionService },
    CompBandsApi, { provide: ATTRACTION_SERVICES.compBands, useExisting: CompBandsApi },
  ],
  resolvers: [CompBandResolver, RequisitionResolver, CandidateResolver, OfferResolver, FunnelResolver],
  exports: Object.values(ATTRACTION_SERVICES),
  permissions: [
    { id: 'attraction.bands.read', description: 'See compensation bands, market data and the offer-builder compa-ratio', defaultRoles: ['admin', 'hr', 'recruiter', 'manager'] },
    { id: 'attraction.bands.write', description: 'Edit bands, import market data, map people to job families', defaultRoles: ['admin', 'hr'] },
    { id: 'attraction.requisitions.read', description: 'See requisitions', defaultRoles: ['admin', 'hr', 'recruiter', 'manager'] },
    { id: 'attraction.requisitions.write', description: 'Open, edit and close requisitions (own or own chain unless an approver)', defaultRoles: ['admin', 'hr', 'manager'] },
    { id: 'attraction.requisitions.approve', description: 'Approve or reject requisitions', defaultRoles: ['admin', 'hr'] },
    { id: 'attraction.candidates.read', description: 'See the pipeline (managers: of requisitions they or their reports hire for)', defaultRoles: ['admin', 'hr', 'recruiter', 'manager'] },
    { id: 'attraction.candidates.read-all', description: 'See every candidate, whoever hires', defaultRoles: ['admin', 'hr', 'recruiter'] },
    { id: 'attraction.candidates.write', description: 'Add and move candidates, record scorecards for others', defaultRoles: ['admin', 'hr', 'recruiter'] },
    { id: 'attraction.scorecards.write', description: 'Submit interview scorecards', defaultRoles: ['admin', 'hr', 'recruiter', 'manager'] },
    { id: 'attraction.offers.read', description: 'See every offer (others see offers for requisitions their chain hires for)', defaultRoles: ['admin', 'hr', 'recruiter'] },
    { id: 'attraction.offers.write', description: 'Draft, revise and withdraw offers; record acceptance', defaultRoles: ['admin', 'hr', 'recruiter'] },
    { id: 'attraction.offers.approve', description: 'Approve offers (the HR signature)', defaultRoles: ['admin', 'hr'] },
    { id: 'attraction.offers.approve-exception', description: 'The extra approval of offers outside their band', defaultRoles: ['admin'] },
  ],
  events: [RequisitionOpened, OfferAccepted, OfferHired],
  eventHandlers: [RequisitionSuggestedHandler, HireLinkHandler],
  csvExports: [compBandsCsvExport, candidatesCsvExport, payPositionsCsvExport],
  seed: async (ctx) => {
    await seedBands(ctx);
    await seedPipeline(ctx);
  },
});

export { RequisitionSuggested } from './shared/attraction.events.js';
