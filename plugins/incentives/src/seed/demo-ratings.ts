// Deterministic, believable review content for the demo: each person has an underlying level and
// per-criterion strengths; reviewers of each kind add their own lean and a little noise.
import type { Criterion, Rating } from '../reviews/scoring.js';

export const DEMO_CRITERIA: Criterion[] = [
  { key: 'technical-impact', name: 'Technical impact', description: "Models, systems and results that moved the lab's goals", weight: 0.3 },
  { key: 'research-quality', name: 'Research quality', description: 'Rigour, reproducibility and clarity of experiments, designs and papers', weight: 0.2 },
  { key: 'collaboration', name: 'Collaboration', description: 'Cross-team work, reliability as a partner, thoughtful code and paper reviews', weight: 0.2 },
  { key: 'knowledge-sharing', name: 'Knowledge sharing', description: 'Tech talks, docs, mentoring, answering questions in the open', weight: 0.15 },
  { key: 'innovation', name: 'Innovation', description: 'New ideas, patents, papers and open-source contributions', weight: 0.15 },
];

/** Stable pseudo-random numbers in [0, 1) from a string. */
export function random(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  };
}

// A few people the demo story leans on: stand-out performers and two who had a hard half.
const LEVELS: Record<string, number> = {
  'rs-1': 4.75, 'se-4': 4.6, 'rs-7': 4.55, 'se-9': 4.45, 'rs-6': 4.4, 'se-2': 4.3, 'rm-align': 4.3,
  'se-1': 3.85, 'se-13': 2.7, 'design-2': 2.9,
};

export function personLevel(key: string): number {
  return LEVELS[key] ?? 3.15 + random(`level:${key}`)() * 1.15;
}

const KIND_LEAN: Record<string, number> = { self: 0.35, manager: 0, peer: 0.1, upward: 0.15 };

const COMMENTS: Record<string, [string, string, string]> = {
  'technical-impact': [
    'Delivered work the rest of the lab now builds on; the results are visible in our evaluation numbers.',
    'Solid, dependable delivery on the planned scope.',
    'Several commitments slipped this half; impact was hard to see.',
  ],
  'research-quality': [
    'Experiments are careful and reproducible; ablations answer the questions reviewers ask.',
    'Good rigour overall; a few write-ups could state their baselines more clearly.',
    'Conclusions sometimes ran ahead of the evidence.',
  ],
  collaboration: [
    'The person other teams ask for when something cross-cutting has to land.',
    'Easy to work with and responsive in reviews.',
    'Could loop in partner teams earlier; a couple of hand-offs were bumpy.',
  ],
  'knowledge-sharing': [
    'Gave a tech talk that half the lab still refers to, and mentors new joiners generously.',
    'Documents work well and answers questions in the open channels.',
    'Knowledge tends to stay in their head; more write-ups would help the team.',
  ],
  innovation: [
    'Came up with an idea that turned into a patent filing / paper this half.',
    'Brings useful improvements to how the team works.',
    'Mostly executes existing plans; would like to see more initiative.',
  ],
};

/** Ratings (half points, 1–5) and comments for one review. */
export function demoRatings(revieweeKey: string, reviewerKey: string, kind: string): { ratings: Rating[]; comment: string | null } {
  const rnd = random(`${revieweeKey}|${reviewerKey}|${kind}`);
  const strength = random(`strength:${revieweeKey}`);
  const level = personLevel(revieweeKey);
  const ratings = DEMO_CRITERIA.map((c) => {
    const value = level + (strength() - 0.5) * 0.9 + KIND_LEAN[kind]! + (rnd() - 0.5) * 0.7;
    const rating = Math.min(5, Math.max(1, Math.round(value * 2) / 2));
    const band = rating >= 4.5 ? 0 : rating >= 3 ? 1 : 2;
    const comment = rnd() < 0.35 ? COMMENTS[c.key]![band]! : null;
    return { criterionKey: c.key, rating, comment };
  });
  const overall = level >= 4.3 ? 'An outstanding half; keep stretching into lab-wide problems.' : level >= 3.4 ? 'A good half with clear growth areas.' : 'A difficult half; we agreed on a concrete plan for the next one.';
  return { ratings, comment: kind === 'self' ? 'Proud of what shipped; I want to grow my influence beyond my own team.' : kind === 'manager' ? overall : null };
}
