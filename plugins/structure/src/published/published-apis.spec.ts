import { describe, expect, it } from 'vitest';
import type { OrgUnitService } from '../org/org-unit.service.js';
import type { ProjectService } from '../projects/project.service.js';
import type { SkillProfileService } from '../skills/skill-profile.service.js';
import type { SkillService } from '../skills/skill.service.js';
import { CollaborationSources } from '../collaboration/collaboration-sources.js';
import { StructureOrgApi } from './structure-org.api.js';
import { StructureProjectsApi } from './structure-projects.api.js';
import { StructureSkillsApi } from './structure-skills.api.js';

// The published services' shapes, exactly as agreed with the knowledge and development plugins.
describe('published services', () => {
  it("'structure.skills' maps taxonomy and profiles to the agreed shapes", async () => {
    const calls: unknown[][] = [];
    const taxonomy = { skills: async () => [{ skill: { id: 's1', name: 'RLHF' }, category: { id: 'c1', name: 'ML research' } }] } as unknown as SkillService;
    const profiles = {
      levels: async (ids?: string[]) =>
        [
          { personId: 'p1', skillId: 's1', level: 4, evidenceKinds: 'self,manager' },
          { personId: 'p2', skillId: 's1', level: 2, evidenceKinds: '' },
        ].filter((r) => !ids || ids.includes(r.personId)),
      addEvidence: async (...args: unknown[]) => {
        calls.push(args);
      },
    } as unknown as SkillProfileService;
    const api = new StructureSkillsApi(taxonomy, profiles);
    expect(await api.skills()).toEqual([{ id: 's1', name: 'RLHF', categoryId: 'c1', categoryName: 'ML research' }]);
    expect(await api.profile('p1')).toEqual([{ skillId: 's1', level: 4, evidence: ['self', 'manager'] }]);
    expect(await api.profile('p2')).toEqual([{ skillId: 's1', level: 2, evidence: [] }]);
    const some = await api.profiles(['p1', 'nobody']);
    expect([...some.entries()]).toEqual([['p1', [{ skillId: 's1', level: 4 }]], ['nobody', []]]);
    expect([...(await api.profiles()).keys()]).toEqual(['p1', 'p2']);
    await api.addEvidence('p1', 's1', 3, 'knowledge', 'Authored "x"');
    await api.addEvidence('p1', 's1', 2, 'self');
    expect(calls).toEqual([['p1', 's1', 3, 'knowledge', 'Authored "x"', null], ['p1', 's1', 2, 'self', null, null]]);
  });

  it("'structure.org' returns units with kind and lead, and [] for an unknown unit", async () => {
    const unit = { id: 'u1', name: 'Research', kind: 'technical', parentId: null, leadId: 'p9', description: 'x', sortOrder: 0 };
    const units = { all: async () => [unit], unitOfPerson: async (id: string) => (id === 'p1' ? 'u1' : null), members: async () => [{ id: 'p1' }, { id: 'p2' }] } as unknown as OrgUnitService;
    const data = { repo: () => ({ findOneBy: async ({ id }: { id: string }) => (id === 'u1' ? unit : null) }) };
    const api = new StructureOrgApi(units, data as never);
    expect(await api.units()).toEqual([{ id: 'u1', name: 'Research', kind: 'technical', parentId: null, leadId: 'p9' }]);
    expect(await api.unitOfPerson('p1')).toBe('u1');
    expect(await api.membersOf('u1', true)).toEqual(['p1', 'p2']);
    expect(await api.membersOf('nope')).toEqual([]);
  });

  it("'structure.projects' lists open projects with requirements and people", async () => {
    const view = (id: string, status: string) => ({
      project: { id, name: id.toUpperCase(), ownerUnitId: 'u1', priority: 4, headcountMin: 1, headcountMax: 3, status },
      requirements: [{ skillId: 's1', minLevel: 3, weight: 2, projectId: id }],
      assignments: [{ personId: 'p1', allocation: 50 }],
    });
    const projects = { list: async () => [view('a', 'active'), view('b', 'closed'), view('c', 'planned')] } as unknown as ProjectService;
    const out = await new StructureProjectsApi(projects).projects();
    expect(out.map((p) => p.id)).toEqual(['a', 'c']);
    expect(out[0]).toEqual({ id: 'a', name: 'A', ownerUnitId: 'u1', priority: 4, headcountMin: 1, headcountMax: 3, requirements: [{ skillId: 's1', minLevel: 3, weight: 2 }], assignedPersonIds: ['p1'], status: 'active' });
  });

  it("'structure.collaboration' merges registered sources and skips a failing one", async () => {
    const sources = new CollaborationSources();
    sources.register('knowledge', { coAuthorEdges: async () => [{ unitA: 'a', unitB: 'b', weight: 2 }] });
    sources.register('broken', { edges: async () => Promise.reject(new Error('down')) });
    expect(sources.names()).toEqual(['knowledge', 'broken']);
    expect(await sources.edges()).toEqual([{ source: 'knowledge', unitA: 'a', unitB: 'b', weight: 2 }]);
  });
});
