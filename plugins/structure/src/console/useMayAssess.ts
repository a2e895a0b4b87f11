// Whether the signed-in account may assess this person's skills, by the API's rule (skill-profile
// service): anyone with structure.skills.admin; with structure.skills.write, only people who
// report to you, directly or not.
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { STAFFING_ORG } from './api.js';
import { reportsOf } from './useStaffingUnits.js';

export function useMayAssess(personId: string): boolean {
  const { can, viewer } = useCadre();
  const admin = can('structure.skills.admin');
  const writer = can('structure.skills.write');
  const org = useCadreQuery(STAFFING_ORG, {}, { enabled: writer && !admin && !!viewer.personId });
  if (admin) return true;
  if (!writer || !viewer.personId || !org.data) return false;
  return reportsOf(viewer.personId, org.data.orgChart.members).has(personId);
}
