import { definePlugin, registerMessages } from '@cadre/sdk';
import { INSIGHTS_MESSAGES_ZH_CN } from './i18n/api-messages.zh-CN.js';
import { CreateInsights20261205120000 } from './migrations/20261205120000-create-insights.migration.js';
import { seedInsights } from './seed/insights.seed.js';
import { SurveyOpened } from './shared/insights.events.js';
import { SurveyInvitationEntity } from './surveys/survey-invitation.entity.js';
import { SurveyOpenedHandler } from './surveys/survey-opened.handler.js';
import { SurveyResponseEntity } from './surveys/survey-response.entity.js';
import { SurveyResultsService } from './surveys/survey-results.service.js';
import { SurveyEntity } from './surveys/survey.entity.js';
import { SurveyListService } from './surveys/survey-list.service.js';
import { SurveyResolver } from './surveys/survey.resolver.js';
import { SurveyService } from './surveys/survey.service.js';
import { AttritionResolver } from './attrition/attrition.resolver.js';
import { AttritionService } from './attrition/attrition.service.js';
import { EffectivenessResolver } from './effectiveness/effectiveness.resolver.js';
import { EffectivenessService } from './effectiveness/effectiveness.service.js';
import { InsightsRisk20261205130000 } from './migrations/20261205130000-insights-risk.migration.js';
import { PersonChangeEntity } from './risk/person-change.entity.js';
import { PersonChangeHandler } from './risk/person-change.handler.js';
import { RiskDataService } from './risk/risk-data.service.js';
import { RiskModelEntity } from './risk/risk-model.entity.js';
import { TrainRiskModelJob } from './risk/risk-train.job.js';
import { RiskResolver } from './risk/risk.resolver.js';
import { RiskService } from './risk/risk.service.js';

registerMessages('zh-CN', INSIGHTS_MESSAGES_ZH_CN);

export { SurveyOpened, type SurveyOpenedPayload } from './shared/insights.events.js';
export { DEMO_LEAVERS } from './seed/history.seed.js';

/**
 * Is the talent strategy working? Engagement and pulse surveys with eNPS under an anonymity
 * threshold (differencing included), attrition by month and unit, and an attrition-risk model
 * (the founding document's network, trained in the WASM solver) explained by exact Shapley values.
 * Reads the core's people, structure's org tree and, when they run, the published services of
 * attraction (bands), incentives (scores, bonus bands), knowledge (sharing index) and development (plans).
 */
export const insightsPlugin = definePlugin({
  id: 'insights',
  version: '0.1.0',
  sdk: '^0.1.0',
  description: 'Is the talent strategy working: surveys, eNPS, attrition and its risk',
  dependencies: ['structure'],
  optionalDependencies: ['attraction', 'incentives', 'knowledge', 'development'],
  entities: [SurveyEntity, SurveyInvitationEntity, SurveyResponseEntity, PersonChangeEntity, RiskModelEntity],
  migrations: [CreateInsights20261205120000, InsightsRisk20261205130000],
  providers: [SurveyService, SurveyListService, SurveyResultsService, AttritionService, RiskDataService, RiskService, EffectivenessService],
  jobs: [TrainRiskModelJob],
  eventHandlers: [SurveyOpenedHandler, PersonChangeHandler],
  resolvers: [SurveyResolver, AttritionResolver, RiskResolver, EffectivenessResolver],
  events: [SurveyOpened],
  permissions: [
    { id: 'insights.surveys.answer', description: 'Answer the surveys you are asked', defaultRoles: ['admin', 'hr', 'recruiter', 'manager', 'employee'] },
    { id: 'insights.surveys.manage', description: 'Create, open, close and remind surveys; set the anonymity threshold', defaultRoles: ['admin', 'hr'] },
    { id: 'insights.surveys.results', description: 'Read survey results of groups at or above the anonymity threshold', defaultRoles: ['admin', 'hr'] },
    { id: 'insights.risk.read', description: "See everyone's attrition risk and its explanation (managers see their reports' without it)", defaultRoles: ['admin', 'hr'] },
    { id: 'insights.risk.train', description: 'Train a new version of the attrition-risk model', defaultRoles: ['admin', 'hr'] },
    { id: 'insights.dashboard.read', description: 'Read the four effectiveness measures per org unit', defaultRoles: ['admin', 'hr'] },
    { id: 'insights.attrition.read', description: 'Read attrition and headcount by month and org unit', defaultRoles: ['admin', 'hr'] },
  ],
  seed: seedInsights,
});
