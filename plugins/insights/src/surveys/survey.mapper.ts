import { RequestContexts } from '@cadre/sdk';
import type { GroupResult } from './survey-results.service.js';
import type { InsightsSurveyGroupResultType } from './survey-results.types.js';
import type { LocalText, SurveyEntity } from './survey.entity.js';
import type { InsightsQuestionKind, InsightsSurveyKind, InsightsSurveyStatus, InsightsSurveyType } from './survey.types.js';

const inLocale = (t: LocalText) => (RequestContexts.current()?.locale === 'zh-CN' ? t.zh : t.en);
const both = (t: LocalText) => ({ enUS: t.en, zhCN: t.zh });

export interface SurveyFacts {
  invited: number;
  responded: number;
  k: number;
  mine: { responded: boolean } | null;
}

export function toSurveyType(s: SurveyEntity, facts: SurveyFacts): InsightsSurveyType {
  return {
    id: s.id, title: s.title, kind: s.kind as InsightsSurveyKind, status: s.status as InsightsSurveyStatus,
    questions: s.questions.map((q) => ({ id: q.id, kind: q.kind as InsightsQuestionKind, text: inLocale(q.text), texts: both(q.text), options: q.options.map(inLocale), optionTexts: q.options.map(both), required: q.required })),
    audienceUnitIds: s.audience.unitIds, audienceLevels: s.audience.levels, closesOn: s.closesOn, openedAt: s.openedAt, closedAt: s.closedAt,
    invited: s.status === 'draft' ? null : facts.invited,
    responses: s.status !== 'draft' && facts.responded >= facts.k ? facts.responded : null,
    awaitingMyAnswer: s.status === 'open' && !!facts.mine && !facts.mine.responded,
    answeredByMe: !!facts.mine?.responded,
    updatedAt: s.updatedAt,
  };
}

export function toGroupType(s: SurveyEntity, g: GroupResult, withQuestions = true): InsightsSurveyGroupResultType {
  const texts = new Map(s.questions.map((q) => [q.id, inLocale(q.text)]));
  return {
    key: g.key, label: g.label, suppressed: g.suppressed, reason: g.reason, invited: g.invited, respondents: g.respondents, responseRate: g.responseRate,
    enps: g.stats?.enps ?? null, engagement: g.stats?.engagement ?? null,
    questions: withQuestions && g.stats ? g.stats.questions.map((q) => ({ ...q, kind: q.kind as InsightsQuestionKind, text: texts.get(q.questionId) ?? q.questionId })) : [],
  };
}
