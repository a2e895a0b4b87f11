import { describe, expect, it } from 'vitest';
import { buildOrgTree, expandedUnitIds } from './org-tree.js';
import type { OrgChart, OrgPerson, OrgUnit } from './types.js';

const unit = (id: string, parentId: string | null, depth: number, memberCount: number): OrgUnit => ({
  id, name: id, kind: 'TECHNICAL', description: null, parentId, lead: null, depth, path: [], childIds: [], memberCount, totalMemberCount: memberCount, updatedAt: '2026-01-01T00:00:00.000Z',
});
const person = (id: string, orgUnitId: string): OrgPerson => ({ id, name: id, email: `${id}@x`, title: 't', level: 'L1', managerId: null, orgUnitId, status: 'active' });
const chart = (over: Partial<OrgChart> = {}): OrgChart => ({
  units: [unit('top', null, 0, 1), unit('eng', 'top', 1, 2), unit('infra', 'eng', 2, 3)],
  matchedUnitIds: [], matchedPersonIds: [], matchedPeople: [], expandUnitIds: [], ...over,
});
const colors = { unit: 'u', person: 'p', lead: 'l', match: 'm' };

describe('the org chart tree', () => {
  it('opens the top units by default, the path to search matches when searching, everything on expand all', () => {
    expect([...expandedUnitIds(chart(), { expandAll: false })]).toEqual(['top']);
    expect([...expandedUnitIds(chart({ matchedPersonIds: ['x'], expandUnitIds: ['top', 'eng', 'infra'] }), { expandAll: false })]).toEqual(['top', 'eng', 'infra']);
    expect([...expandedUnitIds(chart(), { expandAll: true })]).toEqual(['top', 'eng', 'infra']);
  });

  it("follows the user's clicks over the default", () => {
    const toggled = new Map([['top', false], ['eng', true]]);
    expect([...expandedUnitIds(chart(), { expandAll: false, toggled })]).toEqual(['eng']);
  });

  it('shows the loaded members under their units, and a closed unit keeps its count without children loaded', () => {
    const { roots, visibleRows } = buildOrgTree(chart(), [person('ann', 'top')], { expandAll: false, colors });
    const top = roots[0]!;
    expect(top.collapsed).toBe(false);
    expect(top.children!.map((c) => c.id)).toEqual(['u:eng', 'p:ann']);
    const eng = top.children![0]!;
    expect(eng).toMatchObject({ collapsed: true, name: 'eng (2)' });
    expect(eng.children!.map((c) => c.id)).toEqual(['u:infra']);
    expect(visibleRows).toBe(3);
  });
});
