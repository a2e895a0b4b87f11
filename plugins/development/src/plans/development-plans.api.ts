import { DataService } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import type { DevelopmentPlanRef, DevelopmentPlans } from '../contracts.js';
import { DevelopmentPlanEntity } from './development-plan.entity.js';

/** Published as 'development.plans' (no access checks): every plan's person, status and dates, no content. */
@Injectable()
export class DevelopmentPlansApi implements DevelopmentPlans {
  constructor(private readonly data: DataService) {}

  async plans(): Promise<DevelopmentPlanRef[]> {
    const rows = await this.data.repo(DevelopmentPlanEntity).find({ order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((p) => ({ personId: p.personId, status: p.status, createdAt: p.createdAt, updatedAt: p.updatedAt }));
  }
}
