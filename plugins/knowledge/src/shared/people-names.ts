import type { PersonRecord } from '@cadre/sdk';

export interface PersonRef {
  id: string;
  name: string;
  title: string;
}

export const toPersonRef = (p: Pick<PersonRecord, 'id' | 'name' | 'title'>): PersonRef => ({ id: p.id, name: p.name, title: p.title });

/** A person that is no longer in the directory still shows up, by id. */
export const missingPerson = (id: string): PersonRef => ({ id, name: '(unknown person)', title: '' });

export const uniq = <T>(values: Iterable<T>): T[] => [...new Set(values)];

export const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString();
