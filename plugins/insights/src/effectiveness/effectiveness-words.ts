// Titles and formulas of the four measures, in both languages (the founding document's terms).
export const MEASURE_WORDS: Record<string, { en: [string, string]; zh: [string, string] }> = {
  satisfaction: {
    en: ['Satisfaction and loyalty', 'eNPS of the latest survey (% promoters 9–10 − % detractors 0–6); engagement = mean favourable % (4–5) of its statements; voluntary attrition = voluntary leavers ÷ average headcount over the last 12 months.'],
    zh: ['满意度与忠诚度', '最近一次调查的 eNPS（推荐者 9–10 分占比 − 贬损者 0–6 分占比）；敬业度 = 各陈述正面回答（4–5 分）比例的平均值；主动流失率 = 过去 12 个月主动离职人数 ÷ 平均人数。'],
  },
  performance: {
    en: ['Performance', 'Mean final review score in the latest finalised cycle; trend per cycle; staffing coverage = filled share of the minimum headcount of the unit’s open projects.'],
    zh: ['绩效', '最近一个已定稿周期的平均最终评分；按周期的趋势；项目配置覆盖率 = 本单元进行中项目最低人数的已配置比例。'],
  },
  knowledge: {
    en: ['Knowledge-sharing degree', 'Mean knowledge-sharing index of the unit’s people over the last 12 months (items published, talks given and attended, code reviews, reads and bookmarks by others); share of people who shared at all.'],
    zh: ['知识共享度', '本单元人员过去 12 个月知识共享指数的平均值（发布内容、主讲和参加分享、代码评审、他人阅读与收藏）；有共享行为的人员比例。'],
  },
  incentives: {
    en: ['Incentive effect', 'Retention over the 12 months after a published bonus pool of band 1 minus the other bands, in points; the change of review score from the cycle before to the cycle after, band 1 and the rest.'],
    zh: ['激励效果', '奖金池公布后 12 个月内第 1 档与其他档位的留任率之差（百分点）；公布前后两个周期评分的变化，第 1 档与其他档位。'],
  },
};

export const COMPONENT_WORDS: Record<string, [string, string]> = {
  enps: ['eNPS', 'eNPS'],
  engagement: ['Engagement', '敬业度'],
  voluntaryAttrition: ['Voluntary attrition (12 months)', '主动流失率（12 个月）'],
  meanScore: ['Mean review score', '平均评分'],
  staffingCoverage: ['Project staffing coverage', '项目配置覆盖率'],
  meanIndex: ['Mean sharing index', '平均共享指数'],
  sharers: ['People who shared', '有共享行为的人员'],
  topRetention: ['Retention, band 1', '第 1 档留任率'],
  restRetention: ['Retention, other bands', '其他档位留任率'],
  topScoreChange: ['Next-cycle score change, band 1', '第 1 档下一周期评分变化'],
  restScoreChange: ['Next-cycle score change, other bands', '其他档位下一周期评分变化'],
};
