import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { DataService } from '../database/data.service.js';
import { EventBus } from '../events/event-bus.service.js';
import { EventHandler, type EventHandlerInstance } from '../events/event-definition.js';
import { PersonEntity } from './person.entity.js';
import { HireCompleted, HireRequested, type HireRequested as HireRequestedPayload } from './people.events.js';
import { PeopleService } from './people.service.js';

/**
 * Turns a hire request (e.g. an accepted offer) into a person and answers with HireCompleted in
 * the same transaction, so the source's link to the person survives any crash. The bus skips
 * repeated deliveries; the email check also keeps a replay from creating a second record.
 */
@Injectable()
@EventHandler(HireRequested, 'core.create-hired-person')
export class HireRequestedHandler implements EventHandlerInstance<HireRequestedPayload> {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleService,
    private readonly events: EventBus,
    private readonly audit: AuditService,
  ) {}

  async handle(hire: HireRequestedPayload): Promise<void> {
    const email = hire.email.trim().toLowerCase();
    const existing = await this.data.repo(PersonEntity).findOneBy({ email });
    const manager = existing ? null : await this.managerOf(hire);
    const person = existing ?? await this.people.create({
      name: hire.name, email, title: hire.title, level: hire.level, track: hire.track, managerId: manager,
      orgUnitId: hire.orgUnitId ?? null, location: hire.location, hireDate: hire.hireDate ?? null, compensation: hire.compensation ?? null,
    });
    if (!existing && !manager) {
      // No manager given, or the one given left (or never existed) before delivery: the hire still
      // happens — refusing would leave an accepted offer with no person — and HR sees in the audit
      // log why the new person reports to no one. Written in this transaction: it commits with the person.
      await this.audit.record({ operation: 'hireWithoutManager', targetType: 'Person', targetId: person.id, before: null, after: { sourceKey: hire.sourceKey, missingManagerId: hire.managerId ?? null } });
    }
    await this.events.emit(HireCompleted, { sourceKey: hire.sourceKey, personId: person.id, created: !existing });
  }

  /** The requested manager when they are still a person here; null otherwise. */
  private async managerOf(hire: HireRequestedPayload): Promise<string | null> {
    if (!hire.managerId) return null;
    const found = await this.data.repo(PersonEntity).findOneBy({ id: hire.managerId });
    return found && found.status !== 'terminated' ? found.id : null;
  }
}
