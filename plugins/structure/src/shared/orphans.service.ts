import { DataService, PeopleDirectory } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { AssignmentEntity } from '../projects/assignment.entity.js';
import { StaffingPreferenceEntity } from '../projects/staffing-preference.entity.js';

/**
 * Rows of people the core has deleted. A PersonDeleted handler would remove them at once, but
 * on SQLite any event handler makes the triggering mutation fail (the outbox delivery races
 * the audit write on the single connection — reported to the core), so deleted people are
 * filtered on read and their rows pruned on the next write instead.
 */
@Injectable()
export class Orphans {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
  ) {}

  async personIds(): Promise<Set<string>> {
    return new Set((await this.people.all()).map((p) => p.id));
  }

  /** Deletes assignments and preferences of people who no longer exist. */
  async prune(): Promise<void> {
    const alive = await this.personIds();
    for (const entity of [AssignmentEntity, StaffingPreferenceEntity]) {
      const repo = this.data.repo(entity);
      for (const row of await repo.find()) if (!alive.has(row.personId)) await repo.remove(row);
    }
  }
}
