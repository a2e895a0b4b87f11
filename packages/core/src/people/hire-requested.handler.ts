import { Injectable } from '@nestjs/common';
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
  ) {}

  async handle(hire: HireRequestedPayload): Promise<void> {
    const email = hire.email.trim().toLowerCase();
    const existing = await this.data.repo(PersonEntity).findOneBy({ email });
    const person = existing ?? await this.people.create({
      name: hire.name, email, title: hire.title, level: hire.level, track: hire.track, managerId: hire.managerId ?? null,
      orgUnitId: hire.orgUnitId ?? null, location: hire.location, hireDate: hire.hireDate ?? null, compensation: hire.compensation ?? null,
    });
    await this.events.emit(HireCompleted, { sourceKey: hire.sourceKey, personId: person.id, created: !existing });
  }
}
