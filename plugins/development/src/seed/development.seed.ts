import { DEMO_PEOPLE, DataService, PeopleDirectory, type SeedContext } from '@cadre/sdk';
import { CourseEntity, type CourseKind, type CourseSkill } from '../courses/course.entity.js';
import { EnrolmentEntity } from '../courses/enrolment.entity.js';
import { ProgrammeEntity } from '../courses/programme.entity.js';
import { CareerLadderEntity } from '../ladders/career-ladder.entity.js';
import { CareerLevelEntity } from '../ladders/career-level.entity.js';
import { DevelopmentGoalEntity } from '../plans/development-goal.entity.js';
import { DevelopmentPlanEntity } from '../plans/development-plan.entity.js';
import { ConferenceBudgetEntity } from '../research/conference-budget.entity.js';
import { ConferenceExpenseEntity } from '../research/conference-expense.entity.js';
import { ResearchOutputEntity } from '../research/research-output.entity.js';
import type { KnowledgeItems } from '@cadre/plugin-knowledge/contracts';
import type { SkillRef, StructureOrg, StructureSkills } from '@cadre/plugin-structure/contracts';

type Key = 'dist' | 'py' | 'eval' | 'writing' | 'gpu' | 'people' | 'infer' | 'data' | 'rlhf';

/** Skill-name fragments per role in the seed, most specific first; the taxonomy is structure's, so match by name. */
const KEYWORDS: Record<Key, string[]> = {
  dist: ['distributed', 'training'], py: ['pytorch', 'python', 'programming'], eval: ['evaluation', 'benchmark'], writing: ['technical writing', 'writing', 'communication'],
  gpu: ['gpu', 'scheduling', 'kubernetes', 'cluster'], people: ['people management', 'management', 'mentor', 'leadership'], infer: ['inference', 'serving', 'cuda'],
  data: ['data pipeline', 'data'], rlhf: ['rlhf', 'alignment', 'reinforcement'],
};

const IC: Array<[string, string, Partial<Record<Key, number>>]> = [
  ['P3', 'Engineer / Researcher I', { dist: 1, py: 2, eval: 1, writing: 1 }],
  ['P4', 'Engineer / Researcher II', { dist: 2, py: 2, eval: 2, writing: 2 }],
  ['P5', 'Senior Engineer / Research Engineer', { dist: 3, py: 3, eval: 2, writing: 2, gpu: 2 }],
  ['P6', 'Staff-track Engineer / Research Scientist', { dist: 4, py: 4, eval: 3, writing: 3, gpu: 3 }],
  ['P7', 'Staff Engineer / Senior Research Scientist', { dist: 4, py: 4, eval: 4, writing: 4, gpu: 4, people: 2 }],
  ['P8', 'Principal Engineer / Principal Scientist', { dist: 5, py: 5, eval: 4, writing: 5, gpu: 4, people: 3 }],
];
const MANAGEMENT: Array<[string, string, Partial<Record<Key, number>>]> = [
  ['M4', 'Team Lead', { people: 2, writing: 3, dist: 3 }],
  ['M5', 'Engineering / Research Manager', { people: 3, writing: 3, dist: 3 }],
  ['M6', 'Senior Manager', { people: 4, writing: 4, dist: 3 }],
  ['M7', 'Director', { people: 5, writing: 4, dist: 4 }],
];

const DAY = 86_400_000;
const dayOffset = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** Ladders IC P3–P8 and management M4–M7, courses and programmes, plans, research outputs and budgets. */
export async function seedDevelopment(ctx: SeedContext): Promise<void> {
  const data = ctx.get(DataService);
  const taxonomy = await ctx.get<StructureSkills>('structure.skills').skills();
  const units = await ctx.get<StructureOrg>('structure.org').units();
  const byEmail = new Map((await ctx.get(PeopleDirectory).all()).map((p) => [p.email, p.id]));
  const id = (key: string) => byEmail.get(DEMO_PEOPLE.find((d) => d.key === key)?.email ?? '') ?? null;
  const skill = resolveSkills(taxonomy);
  const expectations = (wanted: Partial<Record<Key, number>>) => {
    const max = new Map<string, number>();
    for (const [key, level] of Object.entries(wanted) as Array<[Key, number]>) {
      const sid = skill(key);
      if (sid) max.set(sid, Math.max(max.get(sid) ?? 0, level));
    }
    return [...max.entries()].map(([skillId, level]) => ({ skillId, level }));
  };

  const ladders = data.repo(CareerLadderEntity);
  const ic = await ladders.save(ladders.create({ track: 'ic', name: 'Individual contributor', description: 'Engineers and researchers grow by the depth and reach of their technical work.' }));
  const mgmt = await ladders.save(ladders.create({ track: 'management', name: 'Management', description: 'Managers grow by the teams they build and the outcomes those teams deliver.' }));
  const levels = data.repo(CareerLevelEntity);
  await levels.saveMany([
    ...IC.map(([code, title, want], rank) => levels.create({ ladderId: ic.id, code, rank: rank + 3, title, description: `${title}: expected skills below.`, expectations: expectations(want) })),
    ...MANAGEMENT.map(([code, title, want], rank) => levels.create({ ladderId: mgmt.id, code, rank: rank + 4, title, description: `${title}: expected skills below.`, expectations: expectations(want) })),
  ]);

  const programmes = data.repo(ProgrammeEntity);
  const infraPath = await programmes.save(programmes.create({ title: 'Infra engineer growth path', description: 'From distributed-training basics to running the cluster.' }));
  const managers = await programmes.save(programmes.create({ title: 'First-time managers programme', description: 'For engineers and researchers taking on their first team.' }));
  const unitNamed = (fragment: string) => units.find((u) => u.name.toLowerCase().includes(fragment))?.id ?? null;
  const courseRows: Array<[string, CourseKind, string, Partial<Record<Key, number>>, number, number, string | null, string | null]> = [
    ['Distributed training fundamentals', 'internal', 'ML Infrastructure', { dist: 3 }, 16, 0, infraPath.id, null],
    ['Large-scale training in practice', 'internal', 'Pre-training team', { dist: 4 }, 24, 0, infraPath.id, null],
    ['GPU cluster operations', 'internal', 'ML Infrastructure', { gpu: 4 }, 12, 0, infraPath.id, null],
    ['PyTorch performance clinic', 'internal', 'Training Systems', { py: 4 }, 8, 0, null, null],
    ['CUDA programming (NVIDIA DLI)', 'external', 'NVIDIA Deep Learning Institute', { infer: 3 }, 16, 450_000, null, null],
    ['Stanford CS336: language modeling from scratch (online)', 'external', 'Stanford Online', { dist: 3, py: 3 }, 60, 0, null, null],
    ['RLHF masterclass with Dr. James Liu', 'expert_session', 'Dr. James Liu', { rlhf: 4 }, 4, 0, null, null],
    ['Evaluation design workshop', 'internal', 'Data Platform', { eval: 3 }, 6, 0, null, null],
    ['Cross-training: two weeks with Inference', 'cross_training', 'Inference team', { infer: 3 }, 80, 0, null, 'inference'],
    ['Cross-training: a sprint with Data Platform', 'cross_training', 'Data Platform team', { data: 3, eval: 2 }, 80, 0, null, 'data'],
    ['Technical writing for engineers', 'internal', 'Developer Platform', { writing: 3 }, 6, 0, null, null],
    ['Design docs that get read', 'expert_session', 'Grace Hall', { writing: 4 }, 3, 0, null, null],
    ['New manager foundations', 'internal', 'People team', { people: 3 }, 12, 0, managers.id, null],
    ['Leading leaders (external)', 'external', 'CEIBS Executive Education', { people: 5 }, 24, 2_800_000, managers.id, null],
  ];
  const courses = data.repo(CourseEntity);
  const saved = await courses.saveMany(
    courseRows.map(([title, kind, provider, teaches, hours, cost, programmeId, host], n) => {
      const hostUnitId = host ? unitNamed(host) : null;
      return courses.create({
        title, kind: kind === 'cross_training' && !hostUnitId ? 'internal' : kind, description: `${title}. Run by ${provider}.`, provider, hostUnitId, skills: expectations(teaches) as CourseSkill[],
        durationHours: hours, capacity: kind === 'expert_session' ? 30 : kind === 'cross_training' ? 2 : 25, costAmount: cost, costCurrency: 'CNY',
        startsOn: dayOffset(14 + n * 9), endsOn: dayOffset(14 + n * 9 + Math.max(1, Math.ceil(hours / 8))), programmeId, active: true,
      });
    }),
  );
  const course = (title: string) => saved.find((c) => c.title === title)!;

  const enrolments = data.repo(EnrolmentEntity);
  const enrol = (key: string, title: string, done: [number, string] | null) => {
    const personId = id(key);
    return personId ? [enrolments.create({ courseId: course(title).id, personId, status: done ? 'completed' : 'enrolled', enrolledById: personId, completedAt: done ? new Date(Date.now() - 30 * DAY).toISOString() : null, rating: done?.[0] ?? null, feedback: done?.[1] ?? null })] : [];
  };
  await enrolments.saveMany([
    ...enrol('se-1', 'PyTorch performance clinic', [5, 'The profiler walkthrough alone was worth it.']),
    ...enrol('se-1', 'Distributed training fundamentals', null),
    ...enrol('se-3', 'GPU cluster operations', null),
    ...enrol('se-5', 'Distributed training fundamentals', [4, 'Good pace; more hands-on labs please.']),
    ...enrol('se-14', 'Evaluation design workshop', [4, '实用，案例很贴近我们的评测流水线。']),
    ...enrol('rs-9', 'RLHF masterclass with Dr. James Liu', [5, 'Clear and candid about what failed.']),
    ...enrol('rs-12', 'CUDA programming (NVIDIA DLI)', [3, 'Solid basics, too slow for people who know C++.']),
    ...enrol('se-10', 'Technical writing for engineers', [5, '写作课非常有帮助。']),
    ...enrol('rs-13', 'Stanford CS336: language modeling from scratch (online)', null),
    ...enrol('finance', 'New manager foundations', [4, 'Useful for a first-time manager.']),
    ...enrol('design-lead', 'New manager foundations', null),
    ...enrol('se-8', 'Cross-training: two weeks with Inference', null),
  ]);

  const level = async (code: string) => (await levels.findOneBy({ code }))?.id ?? null;
  const plans = data.repo(DevelopmentPlanEntity);
  const goals = data.repo(DevelopmentGoalEntity);
  const plan = async (key: string, by: string, mentor: string, target: string, summary: string, items: Array<[string, Key | null, number | null, number]>) => {
    const personId = id(key);
    if (!personId) return;
    const p = await plans.save(plans.create({ personId, mentorId: id(mentor), targetLevelId: await level(target), status: 'active', dueOn: dayOffset(270), summary, createdById: id(by) }));
    await goals.saveMany(items.map(([title, k, lvl, due]) => goals.create({ planId: p.id, title, description: '', skillId: k ? skill(k) : null, targetLevel: lvl, dueOn: dayOffset(due), status: 'open', doneAt: null })));
  };
  await plan('se-1', 'em-infra', 'se-4', 'P6', 'Grow from strong implementer to owner of training-system designs.', [
    ['Own the checkpoint sharding design end to end', 'dist', 4, 120],
    ['Give a tech talk on gang scheduling', 'gpu', 3, 60],
    ['Complete the evaluation design workshop', 'eval', 3, 90],
  ]);
  await plan('se-3', 'em-infra', 'se-2', 'P6', 'Take over on-call leadership for the training cluster.', [['Lead two incident reviews', 'gpu', 3, 90], ['Write the cluster runbook', 'writing', 3, 150]]);
  await plan('rs-9', 'rm-align', 'rs-6', 'P6', 'Become the go-to person for reward modelling.', [['Publish the reward-model overfitting study', 'rlhf', 4, 180]]);
  await plan('se-14', 'em-data', 'se-12', 'P5', '夯实数据工程基础，负责评测数据流水线。', [['Ship the dedup stage rewrite', 'data', 3, 100]]);

  const outputs = data.repo(ResearchOutputEntity);
  const papers = await ctx.get<KnowledgeItems>('knowledge.items').publishedItems(['paper', 'patent'], 10);
  const venues = ['NeurIPS 2025', 'ICLR 2026', 'ACL 2025', 'ICML 2025', 'EMNLP 2025'];
  await outputs.saveMany(
    papers.map((item, n) =>
      outputs.create({
        kind: item.kind === 'patent' ? 'patent' : 'publication', title: item.title, venue: item.kind === 'patent' ? 'CNIPA' : venues[n % venues.length],
        status: item.kind === 'patent' ? (n % 2 ? 'granted' : 'filed') : n % 3 ? 'published' : 'accepted', date: item.publishedAt.slice(0, 10), authorIds: item.authorIds, knowledgeItemId: item.id, url: null,
      }),
    ),
  );

  const year = new Date().getUTCFullYear();
  const budgets = data.repo(ConferenceBudgetEntity);
  const budgetRows = DEMO_PEOPLE.filter((d) => d.department === 'research' || (d.department === 'engineering' && /^P[5-8]$/.test(d.level)))
    .flatMap((d) => (id(d.key) ? [budgets.create({ personId: id(d.key)!, year, amount: d.department === 'research' ? 3_000_000 : d.key === 'se-1' ? 1_000_000 : 1_500_000, currency: 'CNY' })] : []));
  await budgets.saveMany(budgetRows);
  const expenses = data.repo(ConferenceExpenseEntity);
  const spend = (key: string, conference: string, date: string, amount: number, note: string) => {
    const b = budgetRows.find((r) => r.personId === id(key));
    return b ? [expenses.create({ budgetId: b.id, personId: b.personId, conference, date, amount, note, recordedById: id('hr-lead') })] : [];
  };
  await expenses.saveMany([
    ...spend('rs-1', 'NeurIPS', `${year}-03-02`, 1_250_000, 'Registration and flights'),
    ...spend('rs-6', 'ICLR', `${year}-02-10`, 980_000, 'Registration, hotel'),
    ...spend('se-1', 'MLSys', `${year}-02-20`, 320_000, 'Registration'),
    ...spend('se-4', 'SOSP', `${year}-01-25`, 600_000, 'Registration and hotel'),
  ]);
  ctx.log(`development: ${IC.length + MANAGEMENT.length} levels, ${saved.length} courses, ${papers.length} research outputs`);
}

/** Picks a taxonomy skill for each seed role by name; falls back to a stable pick. */
function resolveSkills(taxonomy: SkillRef[]): (key: Key) => string | null {
  const chosen = new Map<Key, string | null>();
  return (key) => {
    if (!chosen.has(key)) {
      const fragment = KEYWORDS[key].find((k) => taxonomy.some((s) => s.name.toLowerCase().includes(k)));
      const match = fragment ? taxonomy.find((s) => s.name.toLowerCase().includes(fragment)) : undefined;
      chosen.set(key, match?.id ?? (taxonomy.length ? taxonomy[Object.keys(KEYWORDS).indexOf(key) % taxonomy.length].id : null));
    }
    return chosen.get(key)!;
  };
}
