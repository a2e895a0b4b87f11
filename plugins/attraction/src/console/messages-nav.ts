// The messages the console shell needs before any page loads (navigation, titles, widgets,
// tabs): part of the first page's bundle, so kept to these few. Page texts are in
// messages-en.ts / messages-zh.ts, loaded with the pages (see i18n.ts).
export const navEn = {
  'attraction.title': 'Hiring',
  'attraction.nav.requisitions': 'Requisitions',
  'attraction.nav.pipeline': 'Pipeline',
  'attraction.nav.candidates': 'Candidates',
  'attraction.nav.offers': 'Offers',
  'attraction.nav.bands': 'Pay bands',
  'attraction.nav.myPay': 'My pay',
  'attraction.nav.payPositions': 'Pay positions',
  'attraction.page.requisition': 'Requisition',
  'attraction.page.candidate': 'Candidate',
  'attraction.page.offer': 'Offer',
  'attraction.page.offerBuilder': 'New offer',
  'attraction.widget.funnel': 'Hiring funnel',
  'attraction.tab.person': 'Pay position',
} as const;

export const navZh: Record<keyof typeof navEn, string> = {
  'attraction.title': '人才吸引',
  'attraction.nav.requisitions': '招聘需求',
  'attraction.nav.pipeline': '招聘看板',
  'attraction.nav.candidates': '候选人',
  'attraction.nav.offers': '录用通知',
  'attraction.nav.bands': '薪酬带宽',
  'attraction.nav.myPay': '我的薪酬',
  'attraction.nav.payPositions': '薪酬定位总览',
  'attraction.page.requisition': '招聘需求',
  'attraction.page.candidate': '候选人',
  'attraction.page.offer': '录用通知',
  'attraction.page.offerBuilder': '新建录用通知',
  'attraction.widget.funnel': '招聘漏斗',
  'attraction.tab.person': '薪酬定位',
};
