import type { PeopleDirectory, PersonRecord } from '@cadre/sdk';

/** The people behind a set of ids, by id (unknown ids are simply absent). */
export async function peopleById(people: PeopleDirectory, ids: Iterable<string>): Promise<Map<string, PersonRecord>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  return new Map((await people.byIds(unique)).map((p) => [p.id, p as PersonRecord]));
}

export const nameOf = (map: Map<string, { name: string }>, id: string | null | undefined): string => (id ? (map.get(id)?.name ?? 'Unknown person') : '');
