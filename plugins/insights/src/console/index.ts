import { AlertOutlined, DashboardOutlined, FormOutlined, LineChartOutlined, SolutionOutlined } from '@ant-design/icons';
import { defineConsolePart } from '@cadre/sdk/console';
import { createElement } from 'react';
import { navEn, navZh } from './messages-nav.js';

const GROUP = 'insights.title';

/** The insights plugin's console part: surveys (answer and run), results, attrition, risk and the dashboard. */
export default defineConsolePart({
  id: 'insights',
  routes: [
    { path: '/insights/my-surveys', title: 'insights.nav.mySurveys', permission: 'insights.surveys.answer', load: () => import('./MySurveysPage.js') },
    { path: '/insights/my-surveys/:id', title: 'insights.page.answer', permission: 'insights.surveys.answer', load: () => import('./AnswerSurveyPage.js') },
    { path: '/insights/surveys', title: 'insights.nav.surveys', permission: 'insights.surveys.manage', load: () => import('./SurveysPage.js') },
    { path: '/insights/surveys/:id/results', title: 'insights.page.results', permission: 'insights.surveys.results', load: () => import('./SurveyResultsPage.js') },
    { path: '/insights/attrition', title: 'insights.nav.attrition', permission: 'insights.attrition.read', load: () => import('./AttritionPage.js') },
    { path: '/insights/risk', title: 'insights.nav.risk', permission: 'insights.risk.read', load: () => import('./RiskPage.js') },
    { path: '/insights/effectiveness', title: 'insights.nav.effectiveness', permission: 'insights.dashboard.read', load: () => import('./EffectivenessPage.js') },
  ],
  navigation: [
    { key: 'insights-my-surveys', path: '/insights/my-surveys', label: 'insights.nav.mySurveys', group: GROUP, icon: createElement(FormOutlined), permission: 'insights.surveys.answer', order: 80 },
    { key: 'insights-effectiveness', path: '/insights/effectiveness', label: 'insights.nav.effectiveness', group: GROUP, icon: createElement(DashboardOutlined), permission: 'insights.dashboard.read', order: 81 },
    { key: 'insights-surveys', path: '/insights/surveys', label: 'insights.nav.surveys', group: GROUP, icon: createElement(SolutionOutlined), permission: 'insights.surveys.manage', order: 82 },
    { key: 'insights-attrition', path: '/insights/attrition', label: 'insights.nav.attrition', group: GROUP, icon: createElement(LineChartOutlined), permission: 'insights.attrition.read', order: 83 },
    { key: 'insights-risk', path: '/insights/risk', label: 'insights.nav.risk', group: GROUP, icon: createElement(AlertOutlined), permission: 'insights.risk.read', order: 84 },
  ],
  widgets: [
    { key: 'my-surveys', title: 'insights.widget.title', size: 'small', order: 80, permission: 'insights.surveys.answer', load: () => import('./MySurveysWidget.js') },
  ],
  messages: { 'en-US': navEn, 'zh-CN': navZh },
});
