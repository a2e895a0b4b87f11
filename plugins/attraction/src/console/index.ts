import { DollarOutlined, FileDoneOutlined, FundOutlined, ProjectOutlined, UserAddOutlined, WalletOutlined } from '@ant-design/icons';
import { defineConsolePart } from '@cadre/sdk/console';
import { createElement } from 'react';
import { navEn, navZh } from './messages-nav.js';

const GROUP = 'attraction.title';

/** The attraction plugin's console part: pages, navigation, widgets and person tabs. */
export default defineConsolePart({
  id: 'attraction',
  routes: [
    { path: '/attraction/requisitions', title: 'attraction.nav.requisitions', permission: 'attraction.requisitions.read', load: () => import('./RequisitionsPage.js') },
    { path: '/attraction/requisitions/:id', title: 'attraction.page.requisition', permission: 'attraction.requisitions.read', load: () => import('./RequisitionPage.js') },
    { path: '/attraction/pipeline', title: 'attraction.nav.pipeline', permission: 'attraction.candidates.read', load: () => import('./PipelinePage.js') },
    { path: '/attraction/candidates', title: 'attraction.nav.candidates', permission: 'attraction.candidates.read', load: () => import('./CandidatesPage.js') },
    { path: '/attraction/candidates/:id', title: 'attraction.page.candidate', permission: 'attraction.candidates.read', load: () => import('./CandidatePage.js') },
    { path: '/attraction/candidates/:id/offer', title: 'attraction.page.offerBuilder', permission: ['attraction.offers.write', 'attraction.bands.read'], load: () => import('./OfferBuilderPage.js') },
    { path: '/attraction/offers', title: 'attraction.nav.offers', load: () => import('./OffersPage.js') },
    { path: '/attraction/offers/:id', title: 'attraction.page.offer', load: () => import('./OfferPage.js') },
    { path: '/attraction/bands', title: 'attraction.nav.bands', permission: 'attraction.bands.read', load: () => import('./BandsPage.js') },
    // Everyone's pay for hr, a manager's chain for managers (the API scopes the rows).
    { path: '/attraction/pay-positions', title: 'attraction.nav.payPositions', permission: 'attraction.bands.read', load: () => import('./PayPositionsPage.js') },
    // Self-service: anyone signed in sees their own pay position (the API answers only their own).
    { path: '/attraction/my-pay', title: 'attraction.nav.myPay', load: () => import('./MyPayPage.js') },
  ],
  navigation: [
    { key: 'attraction-requisitions', path: '/attraction/requisitions', label: 'attraction.nav.requisitions', group: GROUP, icon: createElement(UserAddOutlined), permission: 'attraction.requisitions.read', order: 50 },
    { key: 'attraction-pipeline', path: '/attraction/pipeline', label: 'attraction.nav.pipeline', group: GROUP, icon: createElement(ProjectOutlined), permission: 'attraction.candidates.read', order: 51 },
    { key: 'attraction-offers', path: '/attraction/offers', label: 'attraction.nav.offers', group: GROUP, icon: createElement(FileDoneOutlined), permission: 'attraction.offers.read', order: 52 },
    { key: 'attraction-bands', path: '/attraction/bands', label: 'attraction.nav.bands', group: GROUP, icon: createElement(DollarOutlined), permission: 'attraction.bands.read', order: 53 },
    { key: 'attraction-pay-positions', path: '/attraction/pay-positions', label: 'attraction.nav.payPositions', group: GROUP, icon: createElement(FundOutlined), permission: 'attraction.bands.read', order: 54 },
    { key: 'attraction-my-pay', path: '/attraction/my-pay', label: 'attraction.nav.myPay', group: GROUP, icon: createElement(WalletOutlined), order: 55 },
  ],
  widgets: [
    { key: 'funnel', title: 'attraction.widget.funnel', size: 'small', order: 50, permission: 'attraction.candidates.read', load: () => import('./FunnelWidget.js') },
  ],
  slots: [
    { slot: 'person.tabs', key: 'pay', title: 'attraction.tab.person', permission: 'attraction.bands.read', order: 55, load: () => import('./PersonPayTab.js') },
  ],
  messages: { 'en-US': navEn, 'zh-CN': navZh },
});
