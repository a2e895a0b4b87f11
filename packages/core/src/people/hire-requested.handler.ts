import { Injectable } from '@nestjs/common';
import { DataService } from '../database/data.service.js';
import { EventHandler, type EventHandlerInstance } from '../events/event-definition.js';
import { PersonEntity } from './person.entity.js';
import { HireRequested, type HireRequested as HireRequestedPayload } from './people.events.js';
import { PeopleService } from './people.service.js';

/**
 * Turns a hire request (e.g. an accepted offer) into a person. The bus skips repeated
 * deliveries; the email check also keeps a replay from creating a second record.
 */
@Injectable()
@EventHandler(HireRequested, 'core.create-hired-person')
export class HireRequestedHandler implements EventHandlerInstance<HireRequestedPayload> {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleService,
  ) {}

  async handle(hire: HireRequestedPayload): Promise<void> {
    const email = hire.email.trim().toLowerCase();
    if (await this.data.repo(PersonEntity).findOneBy({ email })) return;
    await this.people.create({
      name: hire.name, email, title: hire.title, level: hire.level, track: hire.track, managerId: hire.managerId ?? null,
      orgUnitId: hire.orgUnitId ?? null, location: hire.location, hireDate: hire.hireDate ?? null, compensation: hire.compensation ?? null,
    });
  }
}
