import { BookOutlined, BranchesOutlined, CalendarOutlined, FundOutlined, SearchOutlined, TeamOutlined } from '@ant-design/icons';
import { defineConsolePart } from '@cadre/sdk/console';
import { createElement } from 'react';
import { navEn, navZh } from './messages-nav.js';

const GROUP = 'knowledge.title';

/** The knowledge plugin's console part: pages, navigation, widgets and person tabs. */
export default defineConsolePart({
  id: 'knowledge',
  routes: [
    { path: '/knowledge', title: 'knowledge.nav.items', permission: 'knowledge.items.read', load: () => import('./KnowledgeListPage.js') },
    { path: '/knowledge/search', title: 'knowledge.nav.search', permission: 'knowledge.items.read', load: () => import('./SearchPage.js') },
    { path: '/knowledge/new', title: 'knowledge.page.new', permission: 'knowledge.items.write', load: () => import('./ItemFormPage.js') },
    { path: '/knowledge/items/:id', title: 'knowledge.page.item', permission: 'knowledge.items.read', load: () => import('./ItemPage.js') },
    { path: '/knowledge/items/:id/edit', title: 'knowledge.page.edit', permission: 'knowledge.items.write', load: () => import('./ItemFormPage.js') },
    { path: '/knowledge/talks', title: 'knowledge.nav.talks', permission: 'knowledge.talks.read', load: () => import('./TalksPage.js') },
    { path: '/knowledge/talks/:id', title: 'knowledge.page.talk', permission: 'knowledge.talks.read', load: () => import('./TalkPage.js') },
    { path: '/knowledge/experts', title: 'knowledge.nav.experts', permission: 'knowledge.expertise.read', load: () => import('./ExpertsPage.js') },
    { path: '/knowledge/index', title: 'knowledge.nav.index', load: () => import('./SharingIndexPage.js') },
    { path: '/knowledge/code-reviews', title: 'knowledge.nav.codeReviews', permission: 'knowledge.reviews.admin', load: () => import('./CodeReviewsPage.js') },
  ],
  navigation: [
    { key: 'knowledge-items', path: '/knowledge', label: 'knowledge.nav.items', group: GROUP, icon: createElement(BookOutlined), permission: 'knowledge.items.read', order: 40 },
    { key: 'knowledge-search', path: '/knowledge/search', label: 'knowledge.nav.search', group: GROUP, icon: createElement(SearchOutlined), permission: 'knowledge.items.read', order: 41 },
    { key: 'knowledge-talks', path: '/knowledge/talks', label: 'knowledge.nav.talks', group: GROUP, icon: createElement(CalendarOutlined), permission: 'knowledge.talks.read', order: 42 },
    { key: 'knowledge-experts', path: '/knowledge/experts', label: 'knowledge.nav.experts', group: GROUP, icon: createElement(TeamOutlined), permission: 'knowledge.expertise.read', order: 43 },
    { key: 'knowledge-index', path: '/knowledge/index', label: 'knowledge.nav.index', group: GROUP, icon: createElement(FundOutlined), permission: 'knowledge.items.read', order: 44 },
    { key: 'knowledge-code-reviews', path: '/knowledge/code-reviews', label: 'knowledge.nav.codeReviews', group: GROUP, icon: createElement(BranchesOutlined), permission: 'knowledge.reviews.admin', order: 45 },
  ],
  widgets: [
    { key: 'recent', title: 'knowledge.widget.title', size: 'small', order: 40, permission: 'knowledge.items.read', load: () => import('./RecentWidget.js') },
  ],
  slots: [
    { slot: 'person.tabs', key: 'knowledge', title: 'knowledge.tab.person', permission: 'knowledge.items.read', order: 40, load: () => import('./PersonKnowledgeTab.js') },
  ],
  messages: { 'en-US': navEn, 'zh-CN': navZh },
});
