import { describe, expect, it } from 'vitest';
import { ENGAGEMENT_TEMPLATE } from './survey-templates.js';
import { enpsOf, groupStats } from './survey-stats.js';

describe('survey figures', () => {
  it('computes eNPS as promoters minus detractors', () => {
    expect(enpsOf([10, 9, 8, 7, 6, 0])).toBe(0);
    expect(enpsOf([10, 10, 10, 8])).toBe(75);
    expect(enpsOf([])).toBeNull();
  });

  it('computes mean, favourable %, engagement and hides a question with fewer than k answers', () => {
    const answers = [1, 2, 3, 4, 5, 5].map((s, i) => ({ proud: { score: s }, enps: { score: [10, 9, 3, 8, 7, 10][i] }, ...(i < 2 ? { comment: { text: `c${i}` } } : {}) }));
    const stats = groupStats(ENGAGEMENT_TEMPLATE, answers, 5);
    const proud = stats.questions.find((q) => q.questionId === 'proud')!;
    expect(proud).toMatchObject({ suppressed: false, answered: 6, mean: 3.33, favourable: 50, distribution: [1, 1, 1, 1, 2] });
    expect(stats.enps).toBe(Math.round((100 * (3 - 1)) / 6));
    expect(stats.engagement).toBe(50);
    const comment = stats.questions.find((q) => q.questionId === 'comment')!;
    expect(comment).toMatchObject({ suppressed: true, answered: null, comments: [] });
    expect(stats.questions.find((q) => q.questionId === 'stay')!.suppressed).toBe(true);
  });
});
