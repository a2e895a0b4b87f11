import { AimOutlined, ExperimentOutlined, ReadOutlined, RiseOutlined, SolutionOutlined, TeamOutlined, WalletOutlined } from '@ant-design/icons';
import { defineConsolePart } from '@cadre/sdk/console';
import { createElement } from 'react';
import { navEn, navZh } from './messages-nav.js';

const GROUP = 'development.title';

/** The development plugin's console part: pages, navigation, widgets and person tabs. */
export default defineConsolePart({
  id: 'development',
  routes: [
    { path: '/development/ladders', title: 'development.nav.ladders', permission: 'development.ladders.read', load: () => import('./LaddersPage.js') },
    { path: '/development/courses', title: 'development.nav.courses', permission: 'development.courses.read', load: () => import('./CoursesPage.js') },
    { path: '/development/courses/:id', title: 'development.page.course', permission: 'development.courses.read', load: () => import('./CoursePage.js') },
    { path: '/development/plans', title: 'development.nav.plans', load: () => import('./PlansPage.js') },
    { path: '/development/plans/:id', title: 'development.page.plan', load: () => import('./PlanPage.js') },
    { path: '/development/gaps', title: 'development.nav.gaps', load: () => import('./GapsPage.js') },
    { path: '/development/team-gaps', title: 'development.nav.team', permission: 'development.gaps.read', load: () => import('./TeamGapsPage.js') },
    { path: '/development/research', title: 'development.nav.research', permission: 'development.research.read', load: () => import('./ResearchPage.js') },
    { path: '/development/budgets', title: 'development.nav.budgets', permission: 'development.courses.read', load: () => import('./BudgetsPage.js') },
  ],
  navigation: [
    { key: 'development-plans', path: '/development/plans', label: 'development.nav.plans', group: GROUP, icon: createElement(SolutionOutlined), permission: 'development.courses.read', order: 70 },
    { key: 'development-gaps', path: '/development/gaps', label: 'development.nav.gaps', group: GROUP, icon: createElement(AimOutlined), permission: 'development.courses.read', order: 71 },
    { key: 'development-courses', path: '/development/courses', label: 'development.nav.courses', group: GROUP, icon: createElement(ReadOutlined), permission: 'development.courses.read', order: 72 },
    { key: 'development-ladders', path: '/development/ladders', label: 'development.nav.ladders', group: GROUP, icon: createElement(RiseOutlined), permission: 'development.ladders.read', order: 73 },
    { key: 'development-team', path: '/development/team-gaps', label: 'development.nav.team', group: GROUP, icon: createElement(TeamOutlined), permission: 'development.gaps.read', order: 74 },
    { key: 'development-research', path: '/development/research', label: 'development.nav.research', group: GROUP, icon: createElement(ExperimentOutlined), permission: 'development.research.read', order: 75 },
    { key: 'development-budgets', path: '/development/budgets', label: 'development.nav.budgets', group: GROUP, icon: createElement(WalletOutlined), permission: 'development.courses.read', order: 76 },
  ],
  widgets: [
    { key: 'my-plan', title: 'development.widget.title', size: 'small', order: 70, permission: 'development.courses.read', load: () => import('./MyPlanWidget.js') },
  ],
  slots: [
    { slot: 'person.tabs', key: 'development', title: 'development.tab.person', permission: 'development.courses.read', order: 70, load: () => import('./PersonDevelopmentTab.js') },
  ],
  messages: { 'en-US': navEn, 'zh-CN': navZh },
});
