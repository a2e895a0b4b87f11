// Units × skills: average level and how many people reach a threshold. Pure.

export interface HeatmapCell {
  unitId: string;
  skillId: string;
  /** Mean level over the unit's members; members without the skill count as 0. */
  average: number;
  /** Members at or above the threshold. */
  atLeast: number;
  /** Members with any level on file for the skill. */
  assessed: number;
}

export function heatmap(unitMembers: Map<string, string[]>, skillIds: string[], levelOf: (personId: string, skillId: string) => number | undefined, threshold: number): HeatmapCell[] {
  const cells: HeatmapCell[] = [];
  for (const [unitId, members] of unitMembers) {
    for (const skillId of skillIds) {
      let sum = 0;
      let atLeast = 0;
      let assessed = 0;
      for (const personId of members) {
        const level = levelOf(personId, skillId);
        if (level === undefined) continue;
        assessed++;
        sum += level;
        if (level >= threshold) atLeast++;
      }
      cells.push({ unitId, skillId, average: members.length ? Math.round((sum / members.length) * 100) / 100 : 0, atLeast, assessed });
    }
  }
  return cells;
}
