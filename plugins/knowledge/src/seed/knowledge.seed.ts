import { DEMO_PEOPLE, DataService, PeopleDirectory, SettingsService, type SeedContext } from '@cadre/sdk';
import { KnowledgeBookmarkEntity } from '../items/knowledge-bookmark.entity.js';
import { KnowledgeItemAuthorEntity } from '../items/knowledge-item-author.entity.js';
import { KnowledgeItemSkillEntity } from '../items/knowledge-item-skill.entity.js';
import { KnowledgeItemVersionEntity } from '../items/knowledge-item-version.entity.js';
import { type ItemKind, KnowledgeItemEntity, type Visibility } from '../items/knowledge-item.entity.js';
import { KnowledgeReadEntity } from '../items/knowledge-read.entity.js';
import { CodeReviewRepositoryEntity } from '../reviews/code-review-repository.entity.js';
import { CodeReviewEntity, REVIEW_STATES } from '../reviews/code-review.entity.js';
import { WEBHOOK_SECRET_KEY, newWebhookSecret } from '../reviews/review-signature.js';
import { markdownToText, renderMarkdown } from '../shared/markdown.js';
import type { SkillRef, StructureOrg, StructureSkills } from '@cadre/plugin-structure/contracts';
import { KnowledgeTalkAttendeeEntity } from '../talks/knowledge-talk-attendee.entity.js';
import { KnowledgeTalkEntity } from '../talks/knowledge-talk.entity.js';
import { KIND_ROTATION, TOPICS, type Topic, compose, pick, prng } from './seed-content.js';

export const SEED_ITEMS = 200;
const DAY = 86_400_000;

/** Up to three skills whose names match the topic's fragments, in fragment order; a stable fallback. */
export function skillsForTopic(topic: Topic, skills: SkillRef[]): SkillRef[] {
  const matched: SkillRef[] = [];
  for (const fragment of topic.skills) {
    for (const s of skills) if (s.name.toLowerCase().includes(fragment) && !matched.includes(s)) matched.push(s);
  }
  if (matched.length) return matched.slice(0, 3);
  return skills.length ? [skills[TOPICS.indexOf(topic) % skills.length]] : [];
}

/**
 * The demo knowledge base: 200 items in English and Chinese by research and engineering people,
 * tagged with structure's skills, some edited (two versions), some unit-only, a few drafts;
 * reads, bookmarks, talks with attendance, code reviews and the tenant's webhook secret.
 */
export async function seedKnowledge(ctx: SeedContext): Promise<void> {
  const started = Date.now();
  const data = ctx.get(DataService);
  const skills = ctx.get<StructureSkills>('structure.skills');
  const org = ctx.get<StructureOrg>('structure.org');
  const r = prng(20261129);
  const byEmail = new Map((await ctx.get(PeopleDirectory).all()).map((p) => [p.email, p.id]));
  const idOf = (key: string) => byEmail.get(DEMO_PEOPLE.find((d) => d.key === key)?.email ?? '');
  const pool = (department: 'research' | 'engineering') => DEMO_PEOPLE.filter((d) => d.department === department && d.track === 'ic').map((d) => byEmail.get(d.email)).filter((id): id is string => !!id);
  const pools = { research: pool('research'), engineering: pool('engineering') };
  if (!pools.research.length || !pools.engineering.length) return;
  const everyone = [...byEmail.values()];
  const taxonomy = await skills.skills();
  const units = new Map<string, string | null>();
  const unitOf = async (personId: string) => {
    if (!units.has(personId)) units.set(personId, await org.unitOfPerson(personId));
    return units.get(personId) ?? null;
  };
  const now = Date.now();

  // Items, their first versions, authors and tags.
  const itemRepo = data.repo(KnowledgeItemEntity);
  const titles = new Set<string>();
  const plans: Array<{ item: KnowledgeItemEntity; authors: string[]; skillIds: string[]; earlier: { title: string; body: string } | null }> = [];
  for (let i = 0; i < SEED_ITEMS; i++) {
    const topic = TOPICS[i % TOPICS.length];
    const kind: ItemKind = KIND_ROTATION[(i * 7 + Math.floor(i / TOPICS.length) * 3) % KIND_ROTATION.length];
    const zh = i % 2 === 1;
    const { title, body } = compose(topic, kind, zh, r, titles);
    const lead = pick(pools[topic.department], r);
    const other = topic.department === 'research' ? pools.engineering : pools.research;
    const authors = [lead, ...(r() < 0.5 ? [pick(pools[topic.department], r)] : []), ...(r() < 0.3 ? [pick(other, r)] : [])].filter((id, k, all) => all.indexOf(id) === k);
    if (i % 40 === 5) authors.push(idOf('se-1')!);
    let visibility: Visibility = i % 25 === 3 ? 'private' : i % 10 === 7 ? 'unit' : 'tenant';
    const unitId = await unitOf(authors[0]);
    if (visibility === 'unit' && !unitId) visibility = 'tenant';
    const at = new Date(now - (i * 3.6 + r() * 3) * DAY).toISOString();
    const item = itemRepo.create({
      kind, title, body, bodyHtml: renderMarkdown(body), bodyText: markdownToText(body), visibility, unitId, links: [], version: 1,
      reference: kind === 'paper' ? `arXiv:25${String(1 + (i % 12)).padStart(2, '0')}.${String(10000 + i * 37).slice(0, 5)}` : kind === 'patent' ? `CN1${String(17000000 + i * 1231)}A` : null,
      createdById: authors[0], editedById: authors[0], publishedAt: visibility === 'private' ? null : at, createdAt: at,
    });
    const earlier = i % 6 === 0 ? { title: `${title} (draft)`, body: body.split('\n## ').slice(0, 2).join('\n## ') } : null;
    if (earlier) item.version = 2;
    plans.push({ item, authors, skillIds: skillsForTopic(topic, taxonomy).map((s) => s.id), earlier });
  }
  await itemRepo.saveMany(plans.map((p) => p.item));
  const versions = data.repo(KnowledgeItemVersionEntity);
  await versions.saveMany(
    plans.flatMap(({ item, earlier }) => [
      ...(earlier ? [versions.create({ itemId: item.id, version: 1, kind: item.kind, title: earlier.title, body: earlier.body, visibility: 'private', editedById: item.createdById, note: 'Created', createdAt: item.createdAt })] : []),
      versions.create({ itemId: item.id, version: item.version, kind: item.kind, title: item.title, body: item.body, visibility: item.visibility, editedById: item.editedById, note: earlier ? 'Added results and lessons' : 'Created', createdAt: item.createdAt }),
    ]),
  );
  const authorRepo = data.repo(KnowledgeItemAuthorEntity);
  await authorRepo.saveMany(plans.flatMap(({ item, authors }) => authors.map((personId, position) => authorRepo.create({ itemId: item.id, personId, position }))));
  const tagRepo = data.repo(KnowledgeItemSkillEntity);
  await tagRepo.saveMany(plans.flatMap(({ item, skillIds }) => skillIds.map((skillId) => tagRepo.create({ itemId: item.id, skillId }))));

  // Reads and bookmarks by other people (what the sharing index calls reuse).
  const published = plans.filter((p) => p.item.visibility === 'tenant');
  const reads = new Map<string, KnowledgeReadEntity>();
  const readRepo = data.repo(KnowledgeReadEntity);
  for (const { item, authors } of published) {
    for (let k = Math.floor(r() * 6); k > 0; k--) {
      const personId = pick(everyone, r);
      const day = new Date(Math.min(now, Date.parse(item.createdAt) + Math.floor(r() * 60) * DAY)).toISOString().slice(0, 10);
      if (!authors.includes(personId)) reads.set(`${item.id}|${personId}|${day}`, readRepo.create({ itemId: item.id, personId, day }));
    }
  }
  await readRepo.saveMany([...reads.values()]);
  const marks = new Map<string, KnowledgeBookmarkEntity>();
  const markRepo = data.repo(KnowledgeBookmarkEntity);
  for (let k = 0; k < 150; k++) {
    const { item, authors } = pick(published, r);
    const personId = pick(everyone, r);
    if (!authors.includes(personId)) marks.set(`${item.id}|${personId}`, markRepo.create({ itemId: item.id, personId }));
  }
  await markRepo.saveMany([...marks.values()]);

  await seedTalks(data, r, pools, everyone, taxonomy, now);
  await seedReviews(data, r, pools, taxonomy, now);
  await ctx.get(SettingsService).set(WEBHOOK_SECRET_KEY, newWebhookSecret());
  ctx.log(`knowledge: ${plans.length} items, ${reads.size} reads, ${marks.size} bookmarks in ${Date.now() - started} ms`);
}

async function seedTalks(data: DataService, r: () => number, pools: Record<'research' | 'engineering', string[]>, everyone: string[], taxonomy: SkillRef[], now: number): Promise<void> {
  const talkRepo = data.repo(KnowledgeTalkEntity);
  const talks: Array<{ talk: KnowledgeTalkEntity; invitees: string[] }> = [];
  for (let k = 0; k < 28; k++) {
    const topic = TOPICS[k % TOPICS.length];
    const brainstorm = k % 7 === 3;
    const zh = k % 2 === 0;
    const future = k < 3;
    const day = new Date(now + (future ? (k + 1) * 7 : -k * 12 - 2) * DAY);
    day.setUTCHours(k % 2 ? 7 : 10, 0, 0, 0);
    const held = !future && k !== 13;
    const title = brainstorm ? (zh ? `头脑风暴：${topic.zh}的下一步` : `Brainstorm: what next for ${topic.en}?`) : zh ? `技术分享：${topic.zh}经验谈` : `Tech talk: ${topic.en} in practice`;
    const notes = held ? (zh ? `## 要点\n\n- ${topic.facts.zh[0]}\n- ${topic.facts.zh[1]}\n\n## 后续行动\n\n- 整理成最佳实践文档` : `## Key points\n\n- ${topic.facts.en[0]}\n- ${topic.facts.en[1]}\n\n## Follow-ups\n\n- Write it up as a best practice`) : '';
    const talk = talkRepo.create({
      kind: brainstorm ? 'brainstorm' : 'tech_talk', title, abstract: zh ? topic.facts.zh[2] : topic.facts.en[2], speakerId: pick(pools[topic.department], r), organiserId: null,
      scheduledAt: day.toISOString(), durationMinutes: brainstorm ? 90 : 45, location: pick(['Beijing HQ · 3F Turing', 'Shanghai · Room Hopper', 'Online'], r),
      recordingUrl: held && !brainstorm ? `https://media.demo.local/talks/${topic.key}-${k}` : null, notes, notesHtml: renderMarkdown(notes),
      status: future ? 'scheduled' : held ? 'held' : 'cancelled', skillIds: skillsForTopic(topic, taxonomy).map((s) => s.id),
    });
    const invitees = [...new Set(Array.from({ length: 8 + Math.floor(r() * 10) }, () => pick(everyone, r)))].filter((id) => id !== talk.speakerId);
    talks.push({ talk, invitees });
  }
  await talkRepo.saveMany(talks.map((t) => t.talk));
  const attendeeRepo = data.repo(KnowledgeTalkAttendeeEntity);
  await attendeeRepo.saveMany(talks.flatMap(({ talk, invitees }) => invitees.map((personId) => attendeeRepo.create({ talkId: talk.id, personId, invited: true, attended: talk.status === 'held' && r() < 0.8 }))));
}

async function seedReviews(data: DataService, r: () => number, pools: Record<'research' | 'engineering', string[]>, taxonomy: SkillRef[], now: number): Promise<void> {
  const repoRepo = data.repo(CodeReviewRepositoryEntity);
  await repoRepo.saveMany(TOPICS.map((t) => repoRepo.create({ name: t.repo, skillIds: skillsForTopic(t, taxonomy).map((s) => s.id) })));
  const reviewRepo = data.repo(CodeReviewEntity);
  const reviewers = [...pools.engineering, ...pools.engineering, ...pools.research];
  const reviews = Array.from({ length: 320 }, (_, n) => {
    const topic = pick(TOPICS, r);
    const pr = String(100 + Math.floor(r() * 400));
    return reviewRepo.create({
      reviewerId: pick(reviewers, r), authorId: pick(pools[topic.department], r), repository: topic.repo, pullRequest: pr, state: pick(REVIEW_STATES, r),
      comments: Math.floor(r() * 9), submittedAt: new Date(now - r() * 180 * DAY).toISOString(), url: `https://forge.demo.local/${topic.repo}/pull/${pr}`, externalId: `seed-review-${n}`, source: 'csv',
    });
  });
  await reviewRepo.saveMany(reviews);
}
