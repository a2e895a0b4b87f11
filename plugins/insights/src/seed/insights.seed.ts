import { randomUUID } from 'node:crypto';
import { DEMO_ACCOUNTS, DEMO_PEOPLE, DataService, PeopleDirectory, nowIso, type SeedContext } from '@cadre/sdk';
import type { StructureOrg } from '@cadre/plugin-structure/contracts';
import { tenureBand } from '../shared/tenure.js';
import { SurveyInvitationEntity } from '../surveys/survey-invitation.entity.js';
import type { AnswerValue } from '../surveys/survey-response.entity.js';
import { SurveyResponseEntity } from '../surveys/survey-response.entity.js';
import { SurveyEntity, type SurveyQuestion } from '../surveys/survey.entity.js';
import { ENGAGEMENT_TEMPLATE, PULSE_TEMPLATE } from '../surveys/survey-templates.js';
import { seedHistory } from './history.seed.js';

/** Deterministic numbers in [0, 1) (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMENTS = ['More time for research', 'Clearer promotion criteria', 'Fewer meetings', 'Better GPU scheduling', 'More cross-team talks', '更多跨团队交流', '希望晋升标准更透明', '减少会议'];

const monthsAgo = (n: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
};

interface Run {
  title: string;
  kind: 'engagement' | 'pulse';
  questions: SurveyQuestion[];
  opened: string;
  closed: string | null;
  share: number;
}

/**
 * Two engagement surveys and a pulse every month of the last year, answered by three to four in five
 * people (scores differ a little by department and drift upwards), and this month's pulse open
 * with the demo accounts still to answer it.
 */
export async function seedInsights(ctx: SeedContext): Promise<void> {
  const data = ctx.get(DataService);
  const people = (await ctx.get(PeopleDirectory).all()).filter((p) => p.status === 'active');
  const unitNames = new Map((await ctx.get<StructureOrg>('structure.org').units()).map((u) => [u.id, u.name]));
  const demoEmails = new Set(DEMO_ACCOUNTS.map((a) => DEMO_PEOPLE.find((p) => p.key === a.person)?.email));
  const runs: Run[] = [
    { title: 'Engagement survey, last winter', kind: 'engagement', questions: ENGAGEMENT_TEMPLATE, opened: monthsAgo(11), closed: monthsAgo(10), share: 0.82 },
    { title: 'Engagement survey, summer', kind: 'engagement', questions: ENGAGEMENT_TEMPLATE, opened: monthsAgo(5), closed: monthsAgo(4), share: 0.86 },
    ...[11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((n): Run => ({ title: `Pulse ${monthsAgo(n).slice(0, 7)}`, kind: 'pulse', questions: PULSE_TEMPLATE, opened: monthsAgo(n), closed: monthsAgo(n - 1), share: 0.7 + (n % 3) * 0.05 })),
    { title: `Pulse ${monthsAgo(0).slice(0, 7)}`, kind: 'pulse', questions: PULSE_TEMPLATE, opened: monthsAgo(0), closed: null, share: 0.6 },
  ];
  const surveys = data.repo(SurveyEntity);
  const invitations = data.repo(SurveyInvitationEntity);
  const responses = data.repo(SurveyResponseEntity);
  for (const [j, run] of runs.entries()) {
    const openedAt = `${run.opened}T01:00:00.000Z`;
    const survey = await surveys.save(surveys.create({
      title: run.title, kind: run.kind, status: run.closed ? 'closed' : 'open', questions: run.questions, audience: { unitIds: [], levels: [] },
      closesOn: null, openedAt, closedAt: run.closed ? `${run.closed}T01:00:00.000Z` : null, createdById: null,
    }));
    const random = prng(7919 * (j + 1));
    const invited = people.map((p) => invitations.create({ surveyId: survey.id, personId: p.id, unitId: p.orgUnitId, level: p.level, tenureBand: tenureBand(p.hireDate, run.opened), location: p.location, responded: false }));
    const answered: SurveyResponseEntity[] = [];
    for (const [i, inv] of invited.entries()) {
      const open = !run.closed;
      if (random() >= run.share || (open && demoEmails.has(people[i].email))) continue;
      inv.responded = true;
      // Units differ by a stable amount; everyone drifts up a little over the year.
      const name = unitNames.get(inv.unitId ?? '') ?? '';
      const bias = ((name.length % 7) - 3) * 0.12 + j * 0.06;
      const answers: Record<string, AnswerValue> = {};
      for (const q of run.questions) {
        if (q.kind === 'likert') answers[q.id] = { score: Math.max(1, Math.min(5, Math.round(3.6 + bias + (random() - 0.5) * 2.4))) };
        else if (q.kind === 'enps') answers[q.id] = { score: Math.max(0, Math.min(10, Math.round(7.4 + bias * 2 + (random() - 0.5) * 5))) };
        else if (q.kind === 'text' && random() < 0.35) answers[q.id] = { text: COMMENTS[Math.floor(random() * COMMENTS.length)] };
      }
      answered.push(responses.create({ id: randomUUID(), createdAt: openedAt, surveyId: survey.id, unitId: inv.unitId, level: inv.level, tenureBand: inv.tenureBand, location: inv.location, answers }));
    }
    await invitations.saveMany(invited);
    await responses.saveMany(answered);
  }
  ctx.log(`insights: ${runs.length} surveys (${nowIso().slice(0, 7)} pulse open)`);
  await seedHistory(ctx, nowIso().slice(0, 10));
}
