import { BulbOutlined, CalendarOutlined, FormOutlined, FundOutlined, RiseOutlined, StockOutlined, TrophyOutlined } from '@ant-design/icons';
import { defineConsolePart } from '@cadre/sdk/console';
import { createElement } from 'react';
import { navEn, navZh } from './messages-nav.js';

const GROUP = 'incentives.title';

/** The incentives plugin's console part: pages, navigation, widgets and person tabs. */
export default defineConsolePart({
  id: 'incentives',
  routes: [
    { path: '/incentives/me', title: 'incentives.nav.me', permission: 'incentives.cycles.read', load: () => import('./MyResultsPage.js') },
    { path: '/incentives/reviews', title: 'incentives.reviews.title', permission: 'incentives.cycles.read', load: () => import('./ReviewTasksPage.js') },
    { path: '/incentives/reviews/:id', title: 'incentives.page.review', permission: 'incentives.cycles.read', load: () => import('./ReviewFormPage.js') },
    { path: '/incentives/cycles', title: 'incentives.cycles.title', permission: 'incentives.cycles.read', load: () => import('./CyclesPage.js') },
    { path: '/incentives/cycles/:id', title: 'incentives.page.cycle', permission: 'incentives.cycles.read', load: () => import('./CyclePage.js') },
    { path: '/incentives/cycles/:id/calibration', title: 'incentives.calibration.title', permission: 'incentives.calibration.read', load: () => import('./CalibrationPage.js') },
    { path: '/incentives/pools', title: 'incentives.pools.title', permission: 'incentives.pools.read', load: () => import('./PoolsPage.js') },
    { path: '/incentives/pools/:id', title: 'incentives.page.pool', permission: 'incentives.pools.read', load: () => import('./PoolPage.js') },
    { path: '/incentives/pools/:id/model', title: 'incentives.page.model', permission: 'incentives.pools.read', load: () => import('./ModellerPage.js') },
    { path: '/incentives/awards', title: 'incentives.awards.title', permission: 'incentives.awards.read', load: () => import('./AwardsPage.js') },
    { path: '/incentives/equity', title: 'incentives.equity.title', permission: 'incentives.comp.read', load: () => import('./EquityPage.js') },
    // Merit matrices (#17): the API's read permission; what each viewer sees is the API's (approved matrices only without incentives.comp.read-all).
    { path: '/incentives/merit', title: 'incentives.merit.title', permission: 'incentives.comp.read', load: () => import('./MeritMatricesPage.js') },
    { path: '/incentives/merit/:id', title: 'incentives.page.merit', permission: 'incentives.comp.read', load: () => import('./MeritMatrixPage.js') },
    { path: '/incentives/pools/:id/compare', title: 'incentives.compare.title', permission: 'incentives.pools.read', load: () => import('./ComparePage.js') },
  ],
  navigation: [
    { key: 'incentives-me', path: '/incentives/me', label: 'incentives.nav.me', group: GROUP, icon: createElement(TrophyOutlined), permission: 'incentives.cycles.read', order: 60 },
    { key: 'incentives-reviews', path: '/incentives/reviews', label: 'incentives.nav.reviews', group: GROUP, icon: createElement(FormOutlined), permission: 'incentives.cycles.read', order: 61 },
    { key: 'incentives-cycles', path: '/incentives/cycles', label: 'incentives.nav.cycles', group: GROUP, icon: createElement(CalendarOutlined), permission: 'incentives.calibration.read', order: 62 },
    { key: 'incentives-pools', path: '/incentives/pools', label: 'incentives.nav.pools', group: GROUP, icon: createElement(FundOutlined), permission: 'incentives.pools.read', order: 63 },
    // Everyone may read and nominate (incentives.awards.read is a default of every role); deciding is gated on the page.
    { key: 'incentives-awards', path: '/incentives/awards', label: 'incentives.nav.awards', group: GROUP, icon: createElement(BulbOutlined), permission: 'incentives.awards.read', order: 64 },
    // Everyone sees their own grants (and their chain's) under incentives.comp.read; proposing, approving and cancelling are gated on the page.
    { key: 'incentives-equity', path: '/incentives/equity', label: 'incentives.nav.equity', group: GROUP, icon: createElement(StockOutlined), permission: 'incentives.comp.read', order: 65 },
    // Offered to those who see every matrix (compensation administrators); others reach approved ones by link.
    { key: 'incentives-merit', path: '/incentives/merit', label: 'incentives.nav.merit', group: GROUP, icon: createElement(RiseOutlined), permission: 'incentives.comp.read-all', order: 66 },
  ],
  widgets: [
    { key: 'cycle-progress', title: 'incentives.widget.cycle', size: 'small', order: 60, permission: 'incentives.cycles.write', load: () => import('./CycleProgressWidget.js') },
    { key: 'my-bonus', title: 'incentives.widget.myBonus', size: 'small', order: 61, permission: 'incentives.allocations.read', load: () => import('./MyBonusWidget.js') },
  ],
  slots: [
    { slot: 'person.tabs', key: 'incentives', title: 'incentives.person.tab', permission: 'incentives.cycles.read', order: 60, load: () => import('./PersonIncentivesTab.js') },
  ],
  messages: { 'en-US': navEn, 'zh-CN': navZh },
});
