import type { SurveyQuestion } from './survey.entity.js';
import type { AnswerValue } from './survey-response.entity.js';

export interface QuestionStats {
  questionId: string;
  kind: SurveyQuestion['kind'];
  suppressed: boolean;
  answered: number | null;
  mean: number | null;
  favourable: number | null;
  enps: number | null;
  distribution: number[];
  comments: string[];
}

export interface GroupStats {
  respondents: number;
  enps: number | null;
  engagement: number | null;
  questions: QuestionStats[];
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const pct = (part: number, whole: number) => round((100 * part) / whole, 1);

/** eNPS: % promoters (9–10) − % detractors (0–6), a whole number from −100 to 100. */
export function enpsOf(scores: number[]): number | null {
  if (!scores.length) return null;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return Math.round((100 * (promoters - detractors)) / scores.length);
}

/** Figures of one shown group; a question with fewer than k answers shows none of its own. */
export function groupStats(questions: SurveyQuestion[], answers: Array<Record<string, AnswerValue>>, k: number): GroupStats {
  const stats = questions.map((q): QuestionStats => {
    const given = answers.map((a) => a[q.id]).filter((v): v is AnswerValue => !!v);
    const base: QuestionStats = { questionId: q.id, kind: q.kind, suppressed: true, answered: null, mean: null, favourable: null, enps: null, distribution: [], comments: [] };
    if (given.length < k) return base;
    const shown = { ...base, suppressed: false, answered: given.length };
    if (q.kind === 'likert' || q.kind === 'enps') {
      const scores = given.map((v) => v.score!).filter((s) => typeof s === 'number');
      const [lo, hi] = q.kind === 'likert' ? [1, 5] : [0, 10];
      const distribution = Array.from({ length: hi - lo + 1 }, (_, i) => scores.filter((s) => s === lo + i).length);
      const mean = round(scores.reduce((s, x) => s + x, 0) / scores.length, 2);
      return q.kind === 'likert' ? { ...shown, mean, distribution, favourable: pct(scores.filter((s) => s >= 4).length, scores.length) } : { ...shown, mean, distribution, enps: enpsOf(scores) };
    }
    if (q.kind === 'text') return { ...shown, comments: given.map((v) => v.text ?? '').filter(Boolean).sort() };
    return { ...shown, distribution: q.options.map((_, i) => given.filter((v) => v.choices?.includes(i)).length) };
  });
  const likert = stats.filter((s) => s.kind === 'likert' && s.favourable !== null);
  return {
    respondents: answers.length,
    enps: stats.find((s) => s.kind === 'enps' && s.enps !== null)?.enps ?? null,
    engagement: likert.length ? round(likert.reduce((s, q) => s + q.favourable!, 0) / likert.length, 1) : null,
    questions: stats,
  };
}
