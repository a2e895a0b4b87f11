import { DataService, EventHandler, Notifications, type EventHandlerInstance } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { AllocationPublished } from '../shared/events.js';
import { AllocationEntity } from './allocation.entity.js';
import { BonusPoolEntity } from './bonus-pool.entity.js';

type Published = { poolId: string; version: number };

/**
 * People are told when a bonus allocation becomes theirs to see: everyone in a first publication,
 * and in a new version (after a calibrated score changed) those whose amount moved. The amount
 * itself is not in the notice: the console shows it on their own page, under its rules.
 */
@Injectable()
@EventHandler(AllocationPublished, 'incentives.allocation-published-notice')
export class AllocationPublishedNoticeHandler implements EventHandlerInstance<Published> {
  constructor(
    private readonly data: DataService,
    private readonly notifications: Notifications,
  ) {}

  async handle(p: Published): Promise<void> {
    const pool = await this.data.repo(BonusPoolEntity).findOneBy({ id: p.poolId });
    if (!pool) return;
    const rows = await this.data.repo(AllocationEntity).findBy({ poolId: p.poolId, version: p.version });
    const first = rows.every((r) => r.previousAmount === null);
    const told = first ? rows : rows.filter((r) => r.previousAmount !== r.amount);
    await this.notifications.notifyPeople(told.map((r) => r.personId), {
      kind: first ? 'incentives.allocation-published' : 'incentives.allocation-republished',
      params: { pool: pool.name, version: p.version },
      link: '/incentives/me',
    });
  }
}
