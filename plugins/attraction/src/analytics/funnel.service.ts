import { DataService } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import { CandidateEntity } from '../candidates/candidate.entity.js';
import { requireVisible, visibleRequisitions } from '../candidates/pipeline-access.js';
import { StageTransitionEntity } from '../candidates/stage-transition.entity.js';
import { OfferEntity } from '../offers/offer.entity.js';
import { RequisitionEntity } from '../requisitions/requisition.entity.js';
import { currentViewer } from '../shared/viewer.js';
import { computeFunnel } from './funnel.js';
import type { HiringFunnelType } from './funnel.types.js';

/** Funnel numbers per requisition and overall, over the requisitions the viewer may see. */
@Injectable()
export class FunnelService {
  constructor(private readonly data: DataService) {}

  async funnel(requisitionId?: string | null): Promise<HiringFunnelType> {
    const viewer = await currentViewer();
    let reqs: RequisitionEntity[];
    if (requisitionId) {
      const req = await this.data.repo(RequisitionEntity).get(requisitionId);
      requireVisible(viewer, req);
      reqs = [req];
    } else {
      const all = await this.data.repo(RequisitionEntity).find({ order: { createdAt: 'ASC', id: 'ASC' } });
      const visible = visibleRequisitions(viewer, all);
      reqs = visible ? all.filter((r) => visible.has(r.id)) : all;
    }
    const ids = reqs.map((r) => r.id);
    const [candidates, transitions, offers] = ids.length
      ? await Promise.all([
          this.data.repo(CandidateEntity).findBy({ requisitionId: In(ids) }),
          this.data.repo(StageTransitionEntity).find({ where: { requisitionId: In(ids) }, order: { at: 'ASC', id: 'ASC' } }),
          this.data.repo(OfferEntity).findBy({ requisitionId: In(ids) }),
        ])
      : [[], [], []];
    const of = (rid: string | null) => {
      const keep = <T extends { requisitionId: string }>(rows: T[]) => (rid ? rows.filter((r) => r.requisitionId === rid) : rows);
      return computeFunnel(keep(candidates), keep(transitions), keep(offers));
    };
    return {
      overall: { requisitionId: null, requisitionTitle: null, ...of(null) },
      requisitions: reqs.map((r) => ({ requisitionId: r.id, requisitionTitle: r.title, ...of(r.id) })),
    };
  }
}
