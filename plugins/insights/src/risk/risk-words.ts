import type { RiskFeatureId } from './risk-features.js';

type Words = { en: string; zh: string; format: (v: number) => string };
const months = (v: number) => `${Math.round(v)}`;

/** How each feature is named and its value written, in both languages. */
export const FEATURE_WORDS: Record<RiskFeatureId, Words> = {
  compaRatio: { en: 'Pay against the band midpoint (compa-ratio)', zh: '薪酬相对带宽中位值（薪酬比率）', format: (v) => v.toFixed(2) },
  monthsSinceLevelChange: { en: 'Months since the last promotion or level change', zh: '距上次晋升或职级变动的月数', format: months },
  reviewTrend: { en: 'Change of the review score over the last two cycles', zh: '最近两个周期绩效评分的变化', format: (v) => (v > 0 ? `+${v.toFixed(2)}` : v.toFixed(2)) },
  lastBonusBand: { en: 'Band in the last published bonus pool (1 = top, 0 = none)', zh: '最近一次公布的奖金池中的档位（1 为最高，0 为无）', format: (v) => String(Math.round(v)) },
  teamEngagement: { en: 'Engagement of the team (favourable %)', zh: '团队敬业度（正面回答比例）', format: (v) => `${v.toFixed(0)}%` },
  managerChanges12m: { en: 'Manager changes in the last 12 months', zh: '过去 12 个月的上级变动次数', format: (v) => String(Math.round(v)) },
  tenureMonths: { en: 'Tenure in months', zh: '司龄（月）', format: months },
  sharingIndex: { en: 'Knowledge-sharing index (last 12 months)', zh: '知识共享指数（过去 12 个月）', format: (v) => v.toFixed(1) },
  openDevelopmentPlan: { en: 'Has an open development plan', zh: '有进行中的发展计划', format: (v) => (v ? 'yes' : 'no') },
  monthsSinceRaise: { en: 'Months since the last raise', zh: '距上次调薪的月数', format: months },
};

/** "Months since the last raise is 26, which raises the risk by 4.1 points" — in the caller's language. */
export function explainInWords(feature: RiskFeatureId, value: number, contribution: number, zh: boolean): string {
  const w = FEATURE_WORDS[feature];
  const points = Math.abs(contribution * 100).toFixed(1);
  const shown = feature === 'openDevelopmentPlan' && zh ? (value ? '是' : '否') : w.format(value);
  if (zh) return `${w.zh}为 ${shown}，使风险${contribution >= 0 ? '升高' : '降低'} ${points} 个百分点`;
  return `${w.en} is ${shown}, which ${contribution >= 0 ? 'raises' : 'lowers'} the risk by ${points} points`;
}
