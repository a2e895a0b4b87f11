import { defineEvent } from '../events/event-definition.js';

export interface PersonChanged {
  personId: string;
  fields: string[];
}

export interface HireRequested {
  /** The source's own id (e.g. an accepted offer): the person is created once per key. */
  sourceKey: string;
  name: string;
  email: string;
  title?: string;
  level?: string;
  track?: 'ic' | 'management';
  managerId?: string | null;
  orgUnitId?: string | null;
  location?: string;
  hireDate?: string | null;
  compensation?: { base: number; currency: string } | null;
}

export const PersonCreated = defineEvent<PersonChanged>('people.person-created');
export const PersonUpdated = defineEvent<PersonChanged>('people.person-updated');
export const PersonDeleted = defineEvent<{ personId: string }>('people.person-deleted');
/** Raised by a plugin (e.g. attraction on an accepted offer); the core creates the person. */
export const HireRequested = defineEvent<HireRequested>('people.hire-requested', { sensitive: { compensation: 'people.compensation.read' } });

export interface HireCompleted {
  /** The `sourceKey` of the HireRequested this answers. */
  sourceKey: string;
  personId: string;
  /** False when a person with the email existed already and was linked instead. */
  created: boolean;
}
/** The core's answer to HireRequested, raised in the same transaction that created the person: the source links to it in its handler. */
export const HireCompleted = defineEvent<HireCompleted>('people.hire-completed');
