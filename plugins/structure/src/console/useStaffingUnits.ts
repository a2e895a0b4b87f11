// The units the signed-in account may run the staffing optimiser for, mirroring the server's
// rule: everything (and the whole organisation) with structure.projects.admin; otherwise units
// led by you or by someone in your reporting chain, and the units below them.
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { useMemo } from 'react';
import { ORG_UNITS, STAFFING_ORG } from './api.js';
import type { OrgPerson, OrgUnit } from './types.js';

export interface StaffingUnits {
  units: OrgUnit[];
  /** May plan the whole organisation at once. */
  whole: boolean;
  /** The unit to start with: the first you lead yourself, else the first allowed. */
  preferred: string | null;
  isLoading: boolean;
  error: Error | null;
}

export function reportsOf(me: string, people: ReadonlyArray<Pick<OrgPerson, 'id' | 'managerId'>>): Set<string> {
  const byManager = new Map<string, string[]>();
  for (const p of people) if (p.managerId) byManager.set(p.managerId, [...(byManager.get(p.managerId) ?? []), p.id]);
  const out = new Set<string>();
  const stack = [...(byManager.get(me) ?? [])];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(byManager.get(id) ?? []));
  }
  return out;
}

export function manageableUnits(units: readonly OrgUnit[], me: string | null, people: ReadonlyArray<Pick<OrgPerson, 'id' | 'managerId'>>, admin: boolean): OrgUnit[] {
  if (admin) return [...units];
  if (!me) return [];
  const leaders = new Set([me, ...reportsOf(me, people)]);
  const byId = new Map(units.map((u) => [u.id, u]));
  return units.filter((u) => [...u.path, u.id].some((id) => { const lead = byId.get(id)?.lead?.id; return !!lead && leaders.has(lead); }));
}

/** `enabled: false` (an account that may not write) loads nothing and allows no unit. */
export function useStaffingUnits(enabled = true): StaffingUnits {
  const { can, viewer } = useCadre();
  const admin = can('structure.projects.admin');
  // Admins need the units only; managers also who reports to whom.
  const all = useCadreQuery(ORG_UNITS, {}, { enabled: enabled && admin });
  const org = useCadreQuery(STAFFING_ORG, {}, { enabled: enabled && !admin });
  const { isLoading, error } = admin ? all : org;
  return useMemo(() => {
    const units = admin ? (all.data?.orgUnits ?? []) : org.data ? manageableUnits(org.data.orgChart.units, viewer.personId, org.data.orgChart.members, false) : [];
    const own = units.find((u) => u.lead?.id === viewer.personId);
    return { units, whole: admin, preferred: own?.id ?? units[0]?.id ?? null, isLoading, error };
  }, [all.data, org.data, viewer.personId, admin, isLoading, error]);
}
