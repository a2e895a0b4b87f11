import type { PersonRecord } from '@cadre/sdk';

export interface PersonRef {
  id: string;
  name: string;
  title: string;
  level: string;
}

export const toPersonRef = (p: Pick<PersonRecord, 'id' | 'name' | 'title' | 'level'>): PersonRef => ({ id: p.id, name: p.name, title: p.title, level: p.level });
export const missingPerson = (id: string): PersonRef => ({ id, name: '(unknown person)', title: '', level: '' });
export const uniq = <T>(values: Iterable<T>): T[] => [...new Set(values)];
