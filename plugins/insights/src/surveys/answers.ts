import { UserInputError, msg } from '@cadre/sdk';
import type { AnswerValue } from './survey-response.entity.js';
import type { SurveyQuestion } from './survey.entity.js';

export interface AnswerInput {
  questionId: string;
  score?: number | null;
  choices?: number[] | null;
  text?: string | null;
}

const SCORE_RANGE: Record<string, [number, number]> = { likert: [1, 5], enps: [0, 10] };

/** Checks answers against the questions; the error names the answer (answers.<i>) at fault. */
export function checkAnswers(questions: SurveyQuestion[], answers: AnswerInput[]): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  answers.forEach((a, i) => {
    const field = `answers.${i}`;
    const q = questions.find((x) => x.id === a.questionId);
    if (!q) throw new UserInputError(`${field}.questionId`, msg`is not a question of this survey: ${a.questionId}`);
    if (out[q.id]) throw new UserInputError(`${field}.questionId`, msg`answers question ${q.id} twice`);
    if (q.kind === 'likert' || q.kind === 'enps') {
      const [lo, hi] = SCORE_RANGE[q.kind];
      if (a.score === undefined || a.score === null) throw new UserInputError(`${field}.score`, 'is required for this question');
      if (!Number.isInteger(a.score) || a.score < lo || a.score > hi) throw new UserInputError(`${field}.score`, msg`must be a whole number from ${lo} to ${hi}`);
      out[q.id] = { score: a.score };
    } else if (q.kind === 'single' || q.kind === 'multiple') {
      const choices = [...new Set(a.choices ?? [])];
      if (!choices.length) throw new UserInputError(`${field}.choices`, 'is required for this question');
      if (q.kind === 'single' && choices.length > 1) throw new UserInputError(`${field}.choices`, 'takes exactly one option');
      const bad = choices.find((c) => !Number.isInteger(c) || c < 0 || c >= q.options.length);
      if (bad !== undefined) throw new UserInputError(`${field}.choices`, msg`has no option ${bad}`);
      out[q.id] = { choices: choices.sort((x, y) => x - y) };
    } else {
      const text = (a.text ?? '').trim();
      if (text) out[q.id] = { text };
    }
  });
  const missing = questions.find((q) => q.required && !out[q.id]);
  if (missing) throw new UserInputError('answers', msg`question ${missing.id} is required`);
  return out;
}
