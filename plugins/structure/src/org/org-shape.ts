// Span of control and layers: how flat the organisation is. Pure, so it is unit-tested.

export interface ShapePerson {
  id: string;
  managerId: string | null;
}

export interface ShapeBounds {
  spanMin: number;
  spanMax: number;
  maxLayers: number;
}

export const DEFAULT_BOUNDS: ShapeBounds = { spanMin: 3, spanMax: 8, maxLayers: 4 };

export type SpanFlag = 'ok' | 'too_narrow' | 'too_wide';

export interface ManagerSpan {
  managerId: string;
  directReports: number;
  flag: SpanFlag;
}

/** Direct reports of every manager (anyone with at least one report) among `people`. */
export function spans(people: ShapePerson[], bounds: ShapeBounds): ManagerSpan[] {
  const ids = new Set(people.map((p) => p.id));
  const counts = new Map<string, number>();
  for (const p of people) if (p.managerId && ids.has(p.managerId)) counts.set(p.managerId, (counts.get(p.managerId) ?? 0) + 1);
  return [...counts.entries()].map(([managerId, directReports]) => ({
    managerId,
    directReports,
    flag: directReports < bounds.spanMin ? 'too_narrow' : directReports > bounds.spanMax ? 'too_wide' : 'ok',
  }));
}

/**
 * Layers of management inside a group of people: the longest reporting chain counted in
 * people (a lone person is 1 layer, a manager with reports is 2). Managers outside the group
 * are ignored, so a team's layers do not include the levels above its lead.
 */
export function layers(members: ShapePerson[]): number {
  if (!members.length) return 0;
  const byId = new Map(members.map((p) => [p.id, p]));
  const depth = new Map<string, number>();
  const depthOf = (id: string, guard: Set<string>): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const person = byId.get(id)!;
    const parent = person.managerId && byId.has(person.managerId) && !guard.has(person.managerId) ? person.managerId : null;
    guard.add(id);
    const d = parent ? depthOf(parent, guard) + 1 : 1;
    depth.set(id, d);
    return d;
  };
  let max = 0;
  for (const p of members) max = Math.max(max, depthOf(p.id, new Set()));
  return max;
}

/** Reads bounds from settings values, falling back to the defaults for anything unusable. */
export function boundsFrom(values: { spanMin?: unknown; spanMax?: unknown; maxLayers?: unknown }): ShapeBounds {
  const pick = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fallback);
  const spanMin = pick(values.spanMin, DEFAULT_BOUNDS.spanMin);
  const spanMax = pick(values.spanMax, DEFAULT_BOUNDS.spanMax);
  return { spanMin, spanMax: spanMax >= spanMin ? spanMax : Math.max(spanMin, DEFAULT_BOUNDS.spanMax), maxLayers: pick(values.maxLayers, DEFAULT_BOUNDS.maxLayers) || DEFAULT_BOUNDS.maxLayers };
}
