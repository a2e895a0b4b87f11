// The messages the console shell needs before any page loads (navigation, route titles, widget
// and tab titles): part of the first page's bundle, so kept to these few. Page texts are in
// messages-en.ts / messages-zh.ts, loaded with the pages (see i18n.ts).
export const navEn = {
  'development.title': 'Talent development',
  'development.nav.ladders': 'Career paths',
  'development.nav.courses': 'Courses',
  'development.nav.plans': 'Development plans',
  'development.nav.gaps': 'Skill gaps',
  'development.nav.team': 'Team gap analysis',
  'development.nav.research': 'Research outputs',
  'development.nav.budgets': 'Conference budgets',
  'development.page.course': 'Course',
  'development.page.plan': 'Development plan',
  'development.tab.person': 'Development',
  'development.widget.title': 'My development',
} as const;

export const navZh: Record<keyof typeof navEn, string> = {
  'development.title': '人才培养',
  'development.nav.ladders': '职业发展路径',
  'development.nav.courses': '课程与项目',
  'development.nav.plans': '发展计划',
  'development.nav.gaps': '技能差距',
  'development.nav.team': '团队差距分析',
  'development.nav.research': '科研成果',
  'development.nav.budgets': '会议预算',
  'development.page.course': '课程',
  'development.page.plan': '发展计划',
  'development.tab.person': '发展',
  'development.widget.title': '我的发展',
};
