// The level form's values and what upsertCareerLevel is sent: a new level goes one rank above the
// ladder's most senior one; an edited level keeps its code (the API replaces by code, so a changed
// code would add a level instead) and is sent whole, expectations included.
import type { CareerLevel, LevelInput } from './types.js';

export interface LevelValues {
  code: string;
  rank: number;
  title: string;
  description?: string;
  /** Rows being filled in may lack a skill or level yet; the form's rules catch those. */
  expectations?: Array<{ skillId?: string; level?: number | null }>;
}

/** The rank a new level gets: one above the most senior level, or 1 on an empty ladder. */
export function nextRank(levels: readonly Pick<CareerLevel, 'rank'>[]): number {
  return levels.length ? Math.max(...levels.map((l) => l.rank)) + 1 : 1;
}

/** The form's starting values: the level as it is, or an empty one at the next rank. */
export function initialLevelValues(level: CareerLevel | null, levels: readonly CareerLevel[]): LevelValues {
  if (!level) return { code: '', rank: nextRank(levels), title: '', description: '', expectations: [] };
  return {
    code: level.code, rank: level.rank, title: level.title, description: level.description,
    expectations: level.expectations.map((e) => ({ skillId: e.skillId, level: e.level })),
  };
}

/**
 * The mutation's input: text trimmed and otherwise sent as typed, so the API judges it and names
 * the field; rows left without a skill are dropped (the form requires a level on the others).
 */
export function levelInput(ladderId: string, v: LevelValues): LevelInput {
  return {
    ladderId,
    code: v.code.trim(),
    rank: v.rank,
    title: v.title.trim(),
    description: v.description?.trim() ?? '',
    expectations: (v.expectations ?? []).filter((e) => !!e.skillId).map((e) => ({ skillId: e.skillId!, level: e.level as number })),
  };
}
