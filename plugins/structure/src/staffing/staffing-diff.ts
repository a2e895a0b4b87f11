// The plan's diff against today's assignments, per person. Pure.

export type ChangeKind = 'move' | 'new' | 'unchanged' | 'unstaffed';

export interface StaffingChange {
  personId: string;
  kind: ChangeKind;
  /** Planned projects the person is on today (the ones they leave, for a move). */
  from: string[];
  /** The project the plan puts them on; null when unstaffed. */
  to: string | null;
}

/**
 * `current`: each person's projects in the plan's scope today; `proposed`: the one project the
 * plan gives them (or null). People with neither are idle before and after and not listed.
 */
export function diffPlan(personIds: string[], current: Map<string, string[]>, proposed: Map<string, string | null>): StaffingChange[] {
  const changes: StaffingChange[] = [];
  for (const personId of personIds) {
    const today = current.get(personId) ?? [];
    const to = proposed.get(personId) ?? null;
    if (!to) {
      if (today.length) changes.push({ personId, kind: 'unstaffed', from: [...today], to: null });
      continue;
    }
    if (!today.length) changes.push({ personId, kind: 'new', from: [], to });
    else if (today.length === 1 && today[0] === to) changes.push({ personId, kind: 'unchanged', from: [to], to });
    else changes.push({ personId, kind: 'move', from: today.filter((id) => id !== to), to });
  }
  return changes;
}
