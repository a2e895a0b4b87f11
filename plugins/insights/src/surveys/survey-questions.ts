import { UserInputError } from '@cadre/sdk';
import type { InsightsQuestionInput } from './survey.inputs.js';
import type { SurveyQuestion } from './survey.entity.js';
import { ENGAGEMENT_TEMPLATE, PULSE_TEMPLATE } from './survey-templates.js';

/** The questions a new survey starts with: the given ones, else its kind's template. */
export function initialQuestions(kind: string, input?: InsightsQuestionInput[]): SurveyQuestion[] {
  if (input) return buildQuestions(input, 'input.questions');
  if (kind === 'engagement') return ENGAGEMENT_TEMPLATE;
  if (kind === 'pulse') return PULSE_TEMPLATE;
  throw new UserInputError('input.questions', 'are required for a CUSTOM survey');
}

export function buildQuestions(input: InsightsQuestionInput[], field: string): SurveyQuestion[] {
  if (!input.length) throw new UserInputError(field, 'need at least one question');
  return input.map((q, i) => {
    const options = (q.options ?? []).map((o) => ({ en: o.enUS.trim(), zh: o.zhCN?.trim() || o.enUS.trim() }));
    const choice = q.kind === 'single' || q.kind === 'multiple';
    if (choice && (options.length < 2 || options.length > 12)) throw new UserInputError(`${field}.${i}.options`, 'a choice question needs 2 to 12 options');
    if (!choice && options.length) throw new UserInputError(`${field}.${i}.options`, 'only SINGLE and MULTIPLE questions have options');
    const en = q.text.enUS.trim();
    if (!en) throw new UserInputError(`${field}.${i}.text.enUS`, 'is required');
    return { id: `q${i + 1}`, kind: q.kind, text: { en, zh: q.text.zhCN?.trim() || en }, options, required: q.kind === 'text' ? false : q.required !== false };
  });
}
