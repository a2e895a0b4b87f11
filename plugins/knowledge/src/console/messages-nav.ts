// The messages the console shell needs before any page loads (navigation, route titles, widget
// and tab titles): part of the first page's bundle, so kept to these few. Page texts are in
// messages-en.ts / messages-zh.ts, loaded with the pages (see i18n.ts).
export const navEn = {
  'knowledge.title': 'Knowledge sharing',
  'knowledge.nav.items': 'Knowledge base',
  'knowledge.nav.search': 'Search',
  'knowledge.nav.talks': 'Tech talks',
  'knowledge.nav.experts': 'Expertise finder',
  'knowledge.nav.index': 'Sharing index',
  'knowledge.page.item': 'Knowledge item',
  'knowledge.page.new': 'New item',
  'knowledge.page.edit': 'Edit item',
  'knowledge.page.talk': 'Talk',
  'knowledge.tab.person': 'Knowledge',
  'knowledge.widget.title': 'Recent knowledge',
  'knowledge.nav.codeReviews': 'Code reviews',
} as const;

export const navZh: Record<keyof typeof navEn, string> = {
  'knowledge.title': '知识共享',
  'knowledge.nav.items': '知识库',
  'knowledge.nav.search': '搜索',
  'knowledge.nav.talks': '技术分享会',
  'knowledge.nav.experts': '专家查找',
  'knowledge.nav.index': '知识共享度',
  'knowledge.page.item': '知识条目',
  'knowledge.page.new': '新建条目',
  'knowledge.page.edit': '编辑条目',
  'knowledge.page.talk': '分享会',
  'knowledge.tab.person': '知识贡献',
  'knowledge.widget.title': '最新知识',
  'knowledge.nav.codeReviews': '代码评审',
};
