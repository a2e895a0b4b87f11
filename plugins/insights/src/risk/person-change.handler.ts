import { DataService, EventHandler, PeopleDirectory, PersonUpdated, type EventHandlerInstance, type EventMeta, type PersonChanged } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { PersonChangeEntity } from './person-change.entity.js';

const KINDS: Record<string, PersonChangeEntity['kind']> = { level: 'level', managerId: 'manager', compensation: 'pay' };

/** Records level, manager and pay changes with their day, for the risk features. */
@Injectable()
@EventHandler(PersonUpdated, 'insights.record-person-change')
export class PersonChangeHandler implements EventHandlerInstance<PersonChanged> {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
  ) {}

  async handle(p: PersonChanged, meta: EventMeta): Promise<void> {
    const kinds = p.fields.filter((f) => KINDS[f]).map((f) => KINDS[f]);
    if (!kinds.length) return;
    const person = (await this.people.byIds([p.personId]))[0];
    if (!person) return;
    const repo = this.data.repo(PersonChangeEntity);
    for (const kind of kinds) {
      const sourceKey = `${meta.eventId}:${kind}`;
      if (await repo.findOneBy({ sourceKey })) continue;
      await repo.save(repo.create({ personId: p.personId, kind, day: meta.occurredAt.slice(0, 10), value: kind === 'pay' ? String(person.compBase ?? '') : '', sourceKey }));
    }
  }
}
