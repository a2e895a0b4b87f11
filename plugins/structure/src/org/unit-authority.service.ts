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
    const manageable = await this.manageable();
    return manageable === null || (!!unitId && manageable.has(unitId));
  }

  /** Every unit the viewer may manage, from one read of the tree; null: every unit and the whole tenant. */
  async manageable(): Promise<Set<string> | null> {
    const v = viewer();
    if (v.has(PERM.projectsAdmin)) return null;
    if (!v.personId) return new Set();
    const units = await this.data.repo(OrgUnitEntity).find();
    const reports = await v.reports();
    const leadOf = new Map(units.map((u) => [u.id, u.leadId]));
    const mine = (leadId: string | null | undefined) => !!leadId && (leadId === v.personId || reports.has(leadId));
    return new Set(units.filter((u) => ancestorIds(units, u.id).some((id) => mine(leadOf.get(id)))).map((u) => u.id));
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
