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
import { SurveyResolver } from './surveys/survey.resolver.js';
import { SurveyService } from './surveys/survey.service.js';
import { AttritionResolver } from './attrition/attrition.resolver.js';
import { AttritionService } from './attrition/attrition.service.js';

registerMessages('zh-CN', INSIGHTS_MESSAGES_ZH_CN);

export { SurveyOpened, type SurveyOpenedPayload } from './shared/insights.events.js';

/**
 * Is the talent strategy working? Engagement and pulse surveys with eNPS under an anonymity
 * threshold (differencing included) and attrition by month and unit, read from the core's people
 * and structure's org tree.
 */
export const insightsPlugin = definePlugin({
  id: 'insights',
  version: '0.1.0',
  sdk: '^0.1.0',
  description: 'Is the talent strategy working: surveys, eNPS and attrition',
  dependencies: ['structure'],
  entities: [SurveyEntity, SurveyInvitationEntity, SurveyResponseEntity],
  migrations: [CreateInsights20261205120000],
  providers: [SurveyService, SurveyResultsService, AttritionService, SurveyOpenedHandler],
  resolvers: [SurveyResolver, AttritionResolver],
  events: [SurveyOpened],
  permissions: [
    { id: 'insights.surveys.manage', description: 'Create, open, close and remind surveys; set the anonymity threshold', defaultRoles: ['admin', 'hr'] },
    { id: 'insights.surveys.results', description: 'Read survey results of groups at or above the anonymity threshold', defaultRoles: ['admin', 'hr'] },
    { id: 'insights.attrition.read', description: 'Read attrition and headcount by month and org unit', defaultRoles: ['admin', 'hr'] },
  ],
  seed: seedInsights,
});
