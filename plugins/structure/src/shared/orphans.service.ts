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

  /** Which of these people still exist (a list's rows ask about their own people, not the whole tenant). */
  async existing(personIds: Iterable<string>): Promise<Set<string>> {
    return new Set((await this.people.summaries(personIds)).keys());
  }

  /** Deletes assignments and preferences of people who no longer exist. */
  async prune(): Promise<void> {
    for (const entity of [AssignmentEntity, StaffingPreferenceEntity]) {
      const repo = this.data.repo(entity);
      const rows = await repo.find();
      const alive = await this.existing(rows.map((r) => r.personId));
      for (const row of rows) if (!alive.has(row.personId)) await repo.remove(row);
    }
  }
}
