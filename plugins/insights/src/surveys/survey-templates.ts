import type { SurveyQuestion } from './survey.entity.js';

const likert = (id: string, en: string, zh: string): SurveyQuestion => ({ id, kind: 'likert', text: { en, zh }, options: [], required: true });
const ENPS: SurveyQuestion = { id: 'enps', kind: 'enps', text: { en: 'How likely are you to recommend working here to a friend?', zh: '您有多大可能向朋友推荐来这里工作？' }, options: [], required: true };
const COMMENT: SurveyQuestion = { id: 'comment', kind: 'text', text: { en: 'What one thing would make this a better place to work?', zh: '哪一件事能让这里成为更好的工作场所？' }, options: [], required: false };

/** The engagement survey: the founding document's levers, one statement each, plus eNPS. */
export const ENGAGEMENT_TEMPLATE: SurveyQuestion[] = [
  likert('proud', 'I am proud to work here', '我为在这里工作感到自豪'),
  likert('stay', 'I see myself still working here in two years', '我预计两年后仍在这里工作'),
  likert('growth', 'I am learning and growing in my role', '我在岗位上不断学习和成长'),
  likert('recognition', 'Good work is recognised and rewarded fairly here', '这里公平地认可和奖励出色的工作'),
  likert('pay', 'My pay is fair for the work I do', '我的薪酬与我的工作相称'),
  likert('sharing', 'Knowledge is shared openly across teams', '知识在团队之间公开共享'),
  likert('manager', 'My manager supports my development', '我的上级支持我的发展'),
  likert('innovation', 'I have time and freedom to try new ideas', '我有时间和自由尝试新想法'),
  ENPS,
  COMMENT,
];

/** A monthly pulse: three statements and eNPS. */
export const PULSE_TEMPLATE: SurveyQuestion[] = [
  likert('workload', 'My workload is sustainable', '我的工作量是可持续的'),
  likert('clarity', 'I know what is expected of me this month', '我清楚本月对我的期望'),
  likert('energy', 'I feel energised by my work', '我的工作让我充满干劲'),
  ENPS,
  COMMENT,
];
