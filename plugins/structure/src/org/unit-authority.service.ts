import { DataService, ForbiddenError } from '@cadre/sdk';
import { msg } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { PERM } from '../shared/permissions.js';
import { viewer } from '../shared/viewer.js';
import { OrgUnitEntity } from './org-unit.entity.js';
import { ancestorIds } from './org-tree.js';

/**
 * Who may manage a unit's projects and run the staffing optimiser for it.
 *
 * Holders of structure.projects.admin (admin, hr) may act on any unit and on the whole
 * tenant. Anyone else may act on a unit when they lead it or a unit above it, or when the
 * unit (or a unit above it) is led by someone who reports to them, directly or not. So a
 * manager runs staffing for the units they lead and their sub-units; a VP also for the
 * units their managers lead. Nobody but an admin plans the whole tenant at once.
 */
@Injectable()
export class UnitAuthority {
  constructor(private readonly data: DataService) {}

  async canManage(unitId: string | null): Promise<boolean> {
    const v = viewer();
    if (v.has(PERM.projectsAdmin)) return true;
    if (!unitId || !v.personId) return false;
    const units = await this.data.repo(OrgUnitEntity).find();
    const leads = ancestorIds(units, unitId)
      .map((id) => units.find((u) => u.id === id)?.leadId)
      .filter((id): id is string => !!id);
    if (leads.includes(v.personId)) return true;
    const reports = await v.reports();
    return leads.some((id) => reports.has(id));
  }

  async require(unitId: string | null, what: string): Promise<void> {
    if (await this.canManage(unitId)) return;
    throw new ForbiddenError(
      unitId
        ? msg`${what} needs structure.projects.admin, or leading this unit (or a unit above it), or managing its lead`
        : msg`${what} for the whole organisation needs structure.projects.admin; name a unit you lead instead`,
    );
  }
}
