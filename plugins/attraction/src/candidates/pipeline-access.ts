import { ForbiddenError } from '@cadre/sdk';
import type { RequisitionEntity } from '../requisitions/requisition.entity.js';
import type { Viewer } from '../shared/viewer.js';

export const READ_ALL_CANDIDATES = 'attraction.candidates.read-all';

/**
 * Recruiters and HR see every candidate; a manager sees those of requisitions they (or someone
 * in their chain) hire for. Null means "all".
 */
export function visibleRequisitions(viewer: Viewer, reqs: RequisitionEntity[]): Set<string> | null {
  if (viewer.has(READ_ALL_CANDIDATES)) return null;
  return new Set(reqs.filter((r) => viewer.ownOrChain(r.hiringManagerId)).map((r) => r.id));
}

export function requireVisible(viewer: Viewer, req: RequisitionEntity): void {
  if (viewer.has(READ_ALL_CANDIDATES) || viewer.ownOrChain(req.hiringManagerId)) return;
  throw new ForbiddenError("You see only candidates of requisitions you or your reports hire for");
}
