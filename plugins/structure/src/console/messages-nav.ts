// The messages the console shell needs before any page loads (navigation, route titles, widget
// and tab titles): part of the first page's bundle, so kept to these few. Page texts are in
// messages-en.ts / messages-zh.ts, loaded with the pages (see i18n.ts).
export const navEn = {
  // The jobs page (the core's) names the plugin's background jobs with these.
  'structure.job.propose-staffing-plan': 'Staffing plan proposal',
  'structure.title': 'Team structure',
  'structure.nav.org': 'Org chart',
  'structure.nav.shape': 'Span & layers',
  'structure.nav.skills': 'Skills heatmap',
  'structure.nav.taxonomy': 'Skill taxonomy',
  'structure.nav.projects': 'Projects',
  'structure.nav.staffing': 'Staffing optimiser',
  'structure.nav.collaboration': 'Collaboration',
  'structure.page.project': 'Project',
  'structure.page.staffingPlan': 'Staffing plan',
  'structure.tab.person': 'Skills & projects',
  'structure.widget.title': 'Project staffing',
} as const;

export const navZh: Record<keyof typeof navEn, string> = {
  'structure.job.propose-staffing-plan': '人员配置方案生成',
  'structure.title': '团队结构',
  'structure.nav.org': '组织架构图',
  'structure.nav.shape': '管理幅度与层级',
  'structure.nav.skills': '技能热力图',
  'structure.nav.taxonomy': '技能体系',
  'structure.nav.projects': '项目',
  'structure.nav.staffing': '人员配置优化',
  'structure.nav.collaboration': '跨部门协作',
  'structure.page.project': '项目详情',
  'structure.page.staffingPlan': '人员配置方案',
  'structure.tab.person': '技能与项目',
  'structure.widget.title': '项目人员配置',
};
