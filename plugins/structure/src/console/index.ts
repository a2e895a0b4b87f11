import { ApartmentOutlined, BranchesOutlined, HeatMapOutlined, PartitionOutlined, ProjectOutlined, ShareAltOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { defineConsolePart } from '@cadre/sdk/console';
import { createElement } from 'react';
import { navEn, navZh } from './messages-nav.js';

const GROUP = 'structure.title';

/** The structure plugin's console part: pages, navigation, widgets and person tabs. */
export default defineConsolePart({
  id: 'structure',
  routes: [
    { path: '/structure/org', title: 'structure.nav.org', permission: 'structure.org.read', load: () => import('./OrgChartPage.js') },
    { path: '/structure/shape', title: 'structure.nav.shape', permission: 'structure.org.read', load: () => import('./ShapePage.js') },
    { path: '/structure/skills', title: 'structure.nav.skills', permission: 'structure.skills.read', load: () => import('./SkillsPage.js') },
    { path: '/structure/skills/taxonomy', title: 'structure.nav.taxonomy', permission: 'structure.skills.read', load: () => import('./TaxonomyPage.js') },
    { path: '/structure/projects', title: 'structure.nav.projects', permission: 'structure.projects.read', load: () => import('./ProjectsPage.js') },
    { path: '/structure/projects/:id', title: 'structure.page.project', permission: 'structure.projects.read', load: () => import('./ProjectPage.js') },
    { path: '/structure/staffing', title: 'structure.nav.staffing', permission: 'structure.staffing.run', load: () => import('./StaffingPage.js') },
    { path: '/structure/staffing/plans/:id', title: 'structure.page.staffingPlan', permission: 'structure.staffing.run', load: () => import('./StaffingPlanPage.js') },
    { path: '/structure/collaboration', title: 'structure.nav.collaboration', permission: 'structure.projects.read', load: () => import('./CollaborationPage.js') },
  ],
  navigation: [
    { key: 'structure-org', path: '/structure/org', label: 'structure.nav.org', group: GROUP, icon: createElement(ApartmentOutlined), permission: 'structure.org.read', order: 30 },
    { key: 'structure-shape', path: '/structure/shape', label: 'structure.nav.shape', group: GROUP, icon: createElement(BranchesOutlined), permission: 'structure.org.read', order: 31 },
    { key: 'structure-skills', path: '/structure/skills', label: 'structure.nav.skills', group: GROUP, icon: createElement(HeatMapOutlined), permission: 'structure.skills.read', order: 32 },
    // Right after the heatmap; editing on the page is for structure.skills.admin only.
    { key: 'structure-taxonomy', path: '/structure/skills/taxonomy', label: 'structure.nav.taxonomy', group: GROUP, icon: createElement(PartitionOutlined), permission: 'structure.skills.read', order: 32.5 },
    { key: 'structure-projects', path: '/structure/projects', label: 'structure.nav.projects', group: GROUP, icon: createElement(ProjectOutlined), permission: 'structure.projects.read', order: 33 },
    { key: 'structure-staffing', path: '/structure/staffing', label: 'structure.nav.staffing', group: GROUP, icon: createElement(ThunderboltOutlined), permission: 'structure.staffing.run', order: 34 },
    { key: 'structure-collaboration', path: '/structure/collaboration', label: 'structure.nav.collaboration', group: GROUP, icon: createElement(ShareAltOutlined), permission: 'structure.projects.read', order: 35 },
  ],
  widgets: [
    { key: 'staffing', title: 'structure.widget.title', size: 'small', order: 30, permission: 'structure.projects.read', load: () => import('./StaffingWidget.js') },
  ],
  slots: [
    { slot: 'person.tabs', key: 'skills', title: 'structure.tab.person', permission: ['structure.skills.read', 'structure.projects.read'], order: 30, load: () => import('./PersonStructureTab.js') },
  ],
  messages: { 'en-US': navEn, 'zh-CN': navZh },
});
