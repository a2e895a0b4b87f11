// The messages the console shell needs before any page loads (navigation, route titles, the
// widget, notifications): part of the first page's bundle, so kept to these few.
export const navEn = {
  // The jobs page (the core's) names the plugin's background jobs with these.
  'insights.job.train-risk-model': 'Attrition risk model training',
  'insights.title': 'Insights',
  'insights.nav.mySurveys': 'My surveys',
  'insights.nav.surveys': 'Surveys',
  'insights.nav.attrition': 'Attrition',
  'insights.nav.risk': 'Attrition risk',
  'insights.nav.effectiveness': 'Effectiveness',
  'insights.page.answer': 'Survey',
  'insights.page.results': 'Survey results',
  'insights.widget.title': 'My surveys',
  // Notifications (the header's bell): kind `insights.<name>` reads `insights.notification.<name>`.
  'insights.notification.survey-opened': 'A new survey is open: {title}',
  'insights.notification.survey-reminder': 'Reminder: your answer to {title} is awaited',
} as const;

export const navZh: Record<keyof typeof navEn, string> = {
  'insights.job.train-risk-model': '离职风险模型训练',
  'insights.title': '人才洞察',
  'insights.nav.mySurveys': '我的调查',
  'insights.nav.surveys': '调查管理',
  'insights.nav.attrition': '人员流失',
  'insights.nav.risk': '流失风险',
  'insights.nav.effectiveness': '战略成效',
  'insights.page.answer': '调查',
  'insights.page.results': '调查结果',
  'insights.widget.title': '我的调查',
  'insights.notification.survey-opened': '新调查已开启：{title}',
  'insights.notification.survey-reminder': '提醒：{title} 正在等待您的回答',
};
