// A stand-in for the structure plugin in dependants' e2e tests (knowledge, development): its
// three published services from in-memory data about the demo roster, so their tests do not
// depend on how structure stores things. Each dependant also runs one file against the real one.
import { DEMO_PEOPLE, PeopleDirectory, RequestContexts, definePlugin } from '@cadre/sdk';
import type { ProjectRef, StructureOrg, StructureProjects, StructureSkills } from '../contracts.js';

export interface FakeUnit {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  lead: string;
}

export const FAKE_UNITS: FakeUnit[] = [
  { id: 'u-company', name: 'Demo AI Lab', kind: 'company', parentId: null, lead: 'ceo' },
  { id: 'u-research', name: 'Research', kind: 'department', parentId: 'u-company', lead: 'chief-scientist' },
  { id: 'u-pretrain', name: 'Pre-training', kind: 'team', parentId: 'u-research', lead: 'rm-pretrain' },
  { id: 'u-align', name: 'Alignment', kind: 'team', parentId: 'u-research', lead: 'rm-align' },
  { id: 'u-multi', name: 'Multimodal', kind: 'team', parentId: 'u-research', lead: 'rm-multi' },
  { id: 'u-eng', name: 'Engineering', kind: 'department', parentId: 'u-company', lead: 'vp-eng' },
  { id: 'u-infra', name: 'ML Infrastructure', kind: 'team', parentId: 'u-eng', lead: 'em-infra' },
  { id: 'u-infer', name: 'Inference', kind: 'team', parentId: 'u-eng', lead: 'em-infer' },
  { id: 'u-data', name: 'Data Platform', kind: 'team', parentId: 'u-eng', lead: 'em-data' },
  { id: 'u-product', name: 'Product', kind: 'department', parentId: 'u-company', lead: 'head-product' },
  { id: 'u-ops', name: 'Operations', kind: 'department', parentId: 'u-company', lead: 'head-ops' },
];

export const FAKE_SKILLS = [
  ['sk-rlhf', 'RLHF', 'ml', 'Machine learning'],
  ['sk-moe', 'Mixture of Experts', 'ml', 'Machine learning'],
  ['sk-long', 'Long-context modelling', 'ml', 'Machine learning'],
  ['sk-multi', 'Multimodal modelling', 'ml', 'Machine learning'],
  ['sk-eval', 'Evaluation', 'ml', 'Machine learning'],
  ['sk-infer', 'Inference optimisation', 'systems', 'Systems'],
  ['sk-dist', 'Distributed training', 'systems', 'Systems'],
  ['sk-gpu', 'GPU scheduling', 'systems', 'Systems'],
  ['sk-k8s', 'Kubernetes', 'systems', 'Systems'],
  ['sk-data', 'Data cleaning', 'data', 'Data'],
  ['sk-pytorch', 'PyTorch', 'systems', 'Systems'],
  ['sk-people', 'People management', 'leadership', 'Leadership'],
  ['sk-writing', 'Technical writing', 'communication', 'Communication'],
].map(([id, name, categoryId, categoryName]) => ({ id, name, categoryId, categoryName }));

/** Demo person key → skill id → level (evidence 'manager'). */
export const FAKE_PROFILES: Record<string, Record<string, number>> = {
  'se-1': { 'sk-dist': 2, 'sk-pytorch': 3, 'sk-gpu': 1, 'sk-k8s': 2 },
  'se-2': { 'sk-gpu': 5, 'sk-k8s': 4, 'sk-dist': 3 },
  'se-3': { 'sk-k8s': 3, 'sk-gpu': 2 },
  'se-4': { 'sk-dist': 5, 'sk-pytorch': 4, 'sk-gpu': 3 },
  'se-5': { 'sk-data': 2 },
  'se-16': { 'sk-k8s': 3 },
  'em-infra': { 'sk-people': 4, 'sk-dist': 3, 'sk-gpu': 3 },
  'rs-1': { 'sk-moe': 5, 'sk-long': 4, 'sk-dist': 4 },
  'rs-6': { 'sk-rlhf': 5, 'sk-eval': 3 },
  'rs-7': { 'sk-rlhf': 4 },
  'se-9': { 'sk-infer': 5 },
  'se-6': { 'sk-infer': 4 },
  'se-11': { 'sk-data': 4 },
  'se-13': { 'sk-eval': 4 },
  'rs-10': { 'sk-multi': 4 },
};

/** A project as published, with demo person keys instead of ids and no status. */
export interface FakeProject extends Omit<ProjectRef, 'assignedPersonIds' | 'status'> {
  assigned: string[];
}

export const FAKE_PROJECTS: FakeProject[] = [
  { id: 'p-gpu', name: 'GPU scheduler v2', ownerUnitId: 'u-infra', priority: 1, headcountMin: 2, headcountMax: 4, assigned: ['se-2', 'se-3'], requirements: [{ skillId: 'sk-gpu', minLevel: 4, weight: 3 }, { skillId: 'sk-k8s', minLevel: 5, weight: 2 }] },
  { id: 'p-rlhf-infra', name: 'RLHF training platform', ownerUnitId: 'u-infra', priority: 2, headcountMin: 2, headcountMax: 5, assigned: ['se-4'], requirements: [{ skillId: 'sk-dist', minLevel: 4, weight: 2 }, { skillId: 'sk-rlhf', minLevel: 3, weight: 2 }] },
  { id: 'p-serving', name: 'Serving cost reduction', ownerUnitId: 'u-infer', priority: 1, headcountMin: 1, headcountMax: 3, assigned: ['se-9'], requirements: [{ skillId: 'sk-infer', minLevel: 4, weight: 3 }] },
];

/** The fake's state, per server: tests read the evidence log and may change profiles. */
export interface FakeStructureState {
  evidence: Array<{ personId: string; skillId: string; level: number; evidence: string; note?: string }>;
  /** Extra levels set by tests: personId → skillId → level. */
  levels: Map<string, Map<string, { level: number; evidence: string[] }>>;
}

export function createFakeStructure() {
  const state: FakeStructureState = { evidence: [], levels: new Map() };
  const byTenant = new Map<string, Map<string, string>>();

  const ids = async (people: InstanceType<typeof PeopleDirectory>): Promise<Map<string, string>> => {
    const tenant = RequestContexts.tenantId();
    if (!byTenant.has(tenant)) {
      const all = new Map((await people.all()).map((p) => [p.email, p.id]));
      byTenant.set(tenant, new Map(DEMO_PEOPLE.flatMap((d) => (all.has(d.email) ? [[d.key, all.get(d.email)!] as [string, string]] : []))));
    }
    return byTenant.get(tenant)!;
  };
  const unitKeyOf = (key: string): string | null => {
    const led = FAKE_UNITS.filter((u) => u.lead === key).at(-1);
    if (led) return led.id;
    const manager = DEMO_PEOPLE.find((d) => d.key === key)?.manager;
    return manager ? unitKeyOf(manager) : null;
  };
  const profileOf = async (people: InstanceType<typeof PeopleDirectory>, personId: string) => {
    const keys = await ids(people);
    const key = [...keys.entries()].find(([, id]) => id === personId)?.[0];
    const base = new Map(Object.entries((key && FAKE_PROFILES[key]) || {}).map(([skillId, level]) => [skillId, { level, evidence: ['manager'] }]));
    for (const [skillId, entry] of state.levels.get(personId) ?? []) base.set(skillId, entry);
    return [...base.entries()].map(([skillId, e]) => ({ skillId, level: e.level, evidence: [...e.evidence] }));
  };

  const plugin = definePlugin({
    id: 'structure',
    version: '0.1.0',
    sdk: '^0.1.0',
    description: 'Fake structure for e2e tests',
    providers: [
      {
        provide: 'structure.org',
        inject: [PeopleDirectory],
        useFactory: (people: InstanceType<typeof PeopleDirectory>): StructureOrg => ({
          units: async () => {
            const keys = await ids(people);
            return FAKE_UNITS.map((u) => ({ id: u.id, name: u.name, kind: u.kind, parentId: u.parentId, leadId: keys.get(u.lead) ?? null }));
          },
          unitOfPerson: async (personId: string) => {
            const key = [...(await ids(people)).entries()].find(([, id]) => id === personId)?.[0];
            return key ? unitKeyOf(key) : null;
          },
          membersByUnit: async () => {
            const keys = await ids(people);
            const out = new Map<string, string[]>(FAKE_UNITS.map((u) => [u.id, []]));
            for (const [key, id] of keys) {
              for (let unit = unitKeyOf(key); unit; unit = FAKE_UNITS.find((u) => u.id === unit)?.parentId ?? null) out.get(unit)?.push(id);
            }
            return out;
          },
          membersOf: async (unitId: string, recursive = false) => {
            const keys = await ids(people);
            const within = new Set([unitId]);
            if (recursive) for (let grew = true; grew; ) {
              grew = false;
              for (const u of FAKE_UNITS) if (u.parentId && within.has(u.parentId) && !within.has(u.id)) (within.add(u.id), (grew = true));
            }
            return [...keys.entries()].filter(([key]) => within.has(unitKeyOf(key) ?? '')).map(([, id]) => id);
          },
        }),
      },
      {
        provide: 'structure.skills',
        inject: [PeopleDirectory],
        useFactory: (people: InstanceType<typeof PeopleDirectory>): StructureSkills => ({
          skills: async () => FAKE_SKILLS.map((s) => ({ ...s })),
          profile: (personId: string) => profileOf(people, personId),
          profiles: async (personIds?: string[]) => {
            const all = personIds ?? (await people.all()).map((p) => p.id);
            const out = new Map<string, Array<{ skillId: string; level: number }>>();
            for (const id of all) out.set(id, (await profileOf(people, id)).map(({ skillId, level }) => ({ skillId, level })));
            return out;
          },
          holders: async (skillIds: string[]) => {
            const out: Array<{ skillId: string; personId: string; level: number; evidence: string[] }> = [];
            for (const { id } of await people.all()) {
              for (const entry of await profileOf(people, id)) {
                if (skillIds.includes(entry.skillId)) out.push({ skillId: entry.skillId, personId: id, level: entry.level, evidence: entry.evidence });
              }
            }
            return out;
          },
          addEvidence: async (personId: string, skillId: string, level: number, evidence: string, note?: string) => {
            state.evidence.push({ personId, skillId, level, evidence, note });
          },
        }),
      },
      {
        provide: 'structure.projects',
        inject: [PeopleDirectory],
        useFactory: (people: InstanceType<typeof PeopleDirectory>): StructureProjects => ({
          projects: async () => {
            const keys = await ids(people);
            if (!keys.size) return [];
            return FAKE_PROJECTS.map((p) => ({ id: p.id, name: p.name, ownerUnitId: p.ownerUnitId, priority: p.priority, headcountMin: p.headcountMin, headcountMax: p.headcountMax, requirements: p.requirements.map((r) => ({ ...r })), assignedPersonIds: p.assigned.map((k) => keys.get(k)!).filter(Boolean), status: 'active' }));
          },
        }),
      },
    ],
    exports: ['structure.org', 'structure.skills', 'structure.projects'],
  });
  return { plugin, state };
}
