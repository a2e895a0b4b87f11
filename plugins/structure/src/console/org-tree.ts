// Builds the ECharts tree of the org chart: units (collapsible) with their sub-units and the
// members loaded so far (only open units' people are fetched: a 20 000-person company is not
// sent at once); search matches highlighted and their units expanded. Pure, so it is easy to test.
import type { OrgChart, OrgPerson, OrgUnit } from './types.js';

export interface TreeNode {
  id: string;
  name: string;
  value?: number;
  collapsed?: boolean;
  children?: TreeNode[];
  symbol?: string;
  symbolSize?: number;
  itemStyle?: Record<string, unknown>;
  label?: Record<string, unknown>;
  /** What the tooltip and click handler need. */
  kind: 'unit' | 'person';
  entityId: string;
  unit?: OrgUnit;
  person?: OrgPerson;
  lead?: boolean;
  matched?: boolean;
}

export interface ExpandOptions {
  /** Expand every unit. */
  expandAll: boolean;
  /** Units the user opened (true) or closed (false), over the default. */
  toggled?: ReadonlyMap<string, boolean>;
}

export interface TreeOptions extends ExpandOptions {
  colors: { unit: string; person: string; lead: string; match: string };
}

/** The units shown open: the top ones, or the search's path to its matches, or all; then the user's clicks. */
export function expandedUnitIds(chart: OrgChart, options: ExpandOptions): Set<string> {
  const searching = chart.matchedPersonIds.length > 0 || chart.matchedUnitIds.length > 0;
  const expand = new Set([...chart.expandUnitIds, ...chart.matchedUnitIds]);
  const minDepth = Math.min(...chart.units.map((u) => u.depth));
  const open = new Set<string>();
  for (const u of chart.units) {
    const byDefault = options.expandAll || (searching ? expand.has(u.id) : u.depth === minDepth);
    if (options.toggled?.get(u.id) ?? byDefault) open.add(u.id);
  }
  return open;
}

/** `members`: the people loaded so far (of open units); the others' units show their counts. */
export function buildOrgTree(chart: OrgChart, members: OrgPerson[], options: TreeOptions): { roots: TreeNode[]; visibleRows: number } {
  const open = expandedUnitIds(chart, options);
  const matchedPeople = new Set(chart.matchedPersonIds);
  const matchedUnits = new Set(chart.matchedUnitIds);
  const present = new Set(chart.units.map((u) => u.id));
  const byParent = new Map<string | null, OrgUnit[]>();
  for (const u of chart.units) {
    const parent = u.parentId && present.has(u.parentId) ? u.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), u]);
  }
  const membersOf = new Map<string, OrgPerson[]>();
  for (const p of members) if (p.orgUnitId) membersOf.set(p.orgUnitId, [...(membersOf.get(p.orgUnitId) ?? []), p]);
  let visibleRows = 0;

  const personNode = (p: OrgPerson, lead: boolean): TreeNode => {
    const matched = matchedPeople.has(p.id);
    return {
      id: `p:${p.id}`, name: lead ? `★ ${p.name}` : p.name, kind: 'person', entityId: p.id, person: p, lead, matched,
      symbol: 'circle', symbolSize: matched ? 14 : 8,
      itemStyle: { color: matched ? options.colors.match : lead ? options.colors.lead : options.colors.person },
      label: matched ? { fontWeight: 'bold', color: options.colors.match } : undefined,
    };
  };

  const unitNode = (u: OrgUnit, visible: boolean): TreeNode => {
    const collapsed = !open.has(u.id);
    const shown = visible && !collapsed;
    const unitMembers = (membersOf.get(u.id) ?? []).slice().sort((a, b) => Number(b.id === u.lead?.id) - Number(a.id === u.lead?.id) || a.name.localeCompare(b.name));
    const children = [...(byParent.get(u.id) ?? []).map((c) => unitNode(c, shown)), ...unitMembers.map((p) => personNode(p, p.id === u.lead?.id))];
    if (shown) visibleRows += unitMembers.length;
    if (visible) visibleRows += 1;
    const matched = matchedUnits.has(u.id);
    return {
      id: `u:${u.id}`, name: `${u.name} (${u.totalMemberCount})`, value: u.totalMemberCount, kind: 'unit', entityId: u.id, unit: u, matched,
      collapsed, children,
      symbol: 'roundRect', symbolSize: matched ? 18 : 14,
      itemStyle: { color: matched ? options.colors.match : options.colors.unit },
      label: { fontWeight: 'bold', ...(matched ? { color: options.colors.match } : {}) },
    };
  };

  const roots = (byParent.get(null) ?? []).map((u) => unitNode(u, true));
  return { roots, visibleRows };
}
