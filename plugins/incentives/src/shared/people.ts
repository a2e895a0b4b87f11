import type { PeopleDirectory, PersonRecord, PersonSummary } from '@cadre/sdk';

/** Name, title and level of a set of people, by id (unknown ids are simply absent). */
export function peopleById(people: PeopleDirectory, ids: Iterable<string>): Promise<Map<string, PersonSummary>> {
  return people.summaries(ids);
}

/** Whole people (pay included) by id: for computations that read more than a name. */
export async function recordsById(people: PeopleDirectory, ids: Iterable<string>): Promise<Map<string, PersonRecord>> {
  const unique = [...new Set(ids)];
  return new Map(unique.length ? (await people.byIds(unique)).map((p) => [p.id, p]) : []);
}

export const nameOf = (map: Map<string, { name: string }>, id: string | null | undefined): string => (id ? (map.get(id)?.name ?? 'Unknown person') : '');
