// Team gap analysis, pure: does anyone in the unit meet each project requirement; if not, is
// someone close enough to train, or is it a hire?

/** People this close below the required level are training candidates rather than a hire. */
export const TRAINING_DISTANCE = 1;

export type GapRecommendation = 'covered' | 'training' | 'requisition';

export interface RequirementVerdict {
  covered: Array<{ personId: string; level: number }>;
  candidates: Array<{ personId: string; level: number }>;
  recommendation: GapRecommendation;
}

/**
 * A requirement is covered when at least one member has the skill at the minimum level.
 * Otherwise members within TRAINING_DISTANCE below it (and at level ≥ 1) are candidates for
 * training; with none, the unit has to hire (a requisition).
 */
export function judgeRequirement(minLevel: number, levels: Map<string, number>): RequirementVerdict {
  const byLevel = (a: { level: number; personId: string }, b: { level: number; personId: string }) => b.level - a.level || a.personId.localeCompare(b.personId);
  const all = [...levels.entries()].map(([personId, level]) => ({ personId, level }));
  const covered = all.filter((p) => p.level >= minLevel).sort(byLevel);
  const candidates = covered.length ? [] : all.filter((p) => p.level < minLevel && p.level >= Math.max(1, minLevel - TRAINING_DISTANCE)).sort(byLevel);
  return { covered, candidates, recommendation: covered.length ? 'covered' : candidates.length ? 'training' : 'requisition' };
}

/** One requisition per skill: the highest level any project needs that nobody can grow into. */
export function requisitionsBySkill(gaps: Array<{ skillId: string; minLevel: number; projectName: string }>): Array<{ skillId: string; level: number; projects: string[] }> {
  const bySkill = new Map<string, { skillId: string; level: number; projects: string[] }>();
  for (const g of gaps) {
    const entry = bySkill.get(g.skillId) ?? { skillId: g.skillId, level: 0, projects: [] };
    entry.level = Math.max(entry.level, g.minLevel);
    if (!entry.projects.includes(g.projectName)) entry.projects.push(g.projectName);
    bySkill.set(g.skillId, entry);
  }
  return [...bySkill.values()].sort((a, b) => a.skillId.localeCompare(b.skillId));
}
