// The demo hiring pipeline: three open requisitions and a draft, candidates in every stage.
// Paths are [stage, days ago]; the seed turns them into stage transitions with timestamps.
import type { Stage } from '../shared/stages.js';

export interface DemoRequisition {
  key: string;
  title: string;
  team: string;
  jobFamily: string;
  level: string;
  headcount: number;
  manager: string;
  location: string;
  description: string;
  criteria: string[];
  requestedDaysAgo: number;
  /** Days ago it was approved; absent for a draft. */
  approvedDaysAgo?: number;
  recruiter: string;
}

export interface DemoOffer {
  /** Yearly base in CNY (major units). */
  base: number;
  status: 'pending-approval' | 'approved' | 'accepted' | 'declined';
  /** Whether HR (hr@demo.local) has signed already. */
  hrSigned?: boolean;
  equityUnits: number;
  signOn: number;
  startInDays: number;
  remoteWork: 'onsite' | 'hybrid' | 'remote';
  innovationTimePct: number;
  careerPath: string;
}

export interface DemoCandidate {
  req: string;
  name: string;
  email: string;
  source: string;
  headline: string;
  referrer?: string;
  path: Array<[Stage, number]>;
  /** [interviewer key, round, scores per criterion, recommendation] */
  scorecards?: Array<[string, string, number[], 'strong-no' | 'no' | 'yes' | 'strong-yes']>;
  offer?: DemoOffer;
  note?: string;
}

export const DEMO_REQUISITIONS: DemoRequisition[] = [
  {
    key: 'rs-align', title: 'Research Scientist, Alignment', team: 'Alignment', jobFamily: 'research-scientist', level: 'P6', headcount: 2, manager: 'rm-align',
    location: 'Shanghai', description: 'Own research on scalable oversight and reward modelling for our frontier models; publish and ship.',
    criteria: ['Research depth', 'Alignment methods', 'Experimental rigour', 'Communication', 'Collaboration'], requestedDaysAgo: 64, approvedDaysAgo: 60, recruiter: 'recruiter-2',
  },
  {
    key: 'ml-infra', title: 'ML Infrastructure Engineer', team: 'ML Infrastructure', jobFamily: 'software-engineer', level: 'P5', headcount: 2, manager: 'em-infra',
    location: 'Beijing', description: 'Build the training platform: GPU scheduling, distributed checkpoints and cluster reliability for 10k-GPU jobs.',
    criteria: ['Distributed systems', 'Coding', 'GPU and cluster operations', 'Communication', 'Ownership'], requestedDaysAgo: 75, approvedDaysAgo: 72, recruiter: 'recruiter',
  },
  {
    key: 'pm-devplat', title: 'Product Manager, Developer Platform', team: 'Developer Platform', jobFamily: 'product-manager', level: 'P5', headcount: 1, manager: 'head-product',
    location: 'Shanghai', description: 'Drive the API, SDKs and console developers use to build on our models.',
    criteria: ['Product sense', 'Technical fluency', 'Execution', 'Communication', 'Customer empathy'], requestedDaysAgo: 32, approvedDaysAgo: 30, recruiter: 'recruiter',
  },
  {
    key: 'de-eval', title: 'Data Engineer, Evaluation Pipelines', team: 'Data Platform', jobFamily: 'data-engineer', level: 'P5', headcount: 1, manager: 'em-data',
    location: 'Beijing', description: 'Scale the evaluation pipelines that score every training checkpoint.',
    criteria: ['Data pipelines', 'Coding', 'Evaluation know-how', 'Communication', 'Ownership'], requestedDaysAgo: 3, recruiter: 'recruiter',
  },
];

const lever = {
  research: 'Research Scientist track: P7 review after 18 months; first-author publications and conference travel supported.',
  infra: 'Engineering track with a staff-engineer path; rotation into inference after a year if wanted.',
  product: 'Product track: own a product area within a year; path to Senior PM.',
};

export const DEMO_CANDIDATES: DemoCandidate[] = [
  // Research Scientist, Alignment (headcount 2: one hired, one offer pending)
  {
    req: 'rs-align', name: '林美 Lin Mei', email: 'lin.mei@example.com', source: 'referral', referrer: 'rs-7', headline: 'Postdoc, RLHF, Tsinghua University',
    path: [['sourced', 58], ['screen', 55], ['interviews', 50], ['offer', 38], ['hired', 33]],
    scorecards: [['rm-align', 'Research talk', [4, 4, 3, 4, 4], 'strong-yes'], ['rs-6', 'Technical deep dive', [4, 3, 4, 3, 4], 'yes']],
    offer: { base: 1_000_000, status: 'accepted', hrSigned: true, equityUnits: 12000, signOn: 100_000, startInDays: 20, remoteWork: 'hybrid', innovationTimePct: 20, careerPath: lever.research },
  },
  {
    req: 'rs-align', name: 'Arjun Mehta', email: 'arjun.mehta@example.com', source: 'linkedin', headline: 'Research Scientist, reward modelling at a US lab',
    path: [['sourced', 40], ['screen', 36], ['interviews', 30], ['offer', 5]],
    scorecards: [['rm-align', 'Research talk', [4, 4, 4, 3, 3], 'strong-yes'], ['rs-7', 'Coding and experiments', [3, 4, 4, 3, 3], 'yes']],
    offer: { base: 1_200_000, status: 'pending-approval', hrSigned: true, equityUnits: 18000, signOn: 200_000, startInDays: 45, remoteWork: 'hybrid', innovationTimePct: 20, careerPath: lever.research },
    note: 'Competing offer from a US lab; base above band max, needs the extra approval.',
  },
  { req: 'rs-align', name: '赵一凡 Zhao Yifan', email: 'zhao.yifan@example.com', source: 'conference', headline: 'PhD candidate, interpretability (NeurIPS 2026 oral)', path: [['sourced', 30], ['screen', 25], ['interviews', 12]], scorecards: [['rs-6', 'Research talk', [3, 3, 3, 4, 3], 'yes']] },
  { req: 'rs-align', name: 'Elena Petrova', email: 'elena.petrova@example.com', source: 'open-source', headline: 'Maintainer of an RLHF training library', path: [['sourced', 28], ['screen', 20], ['interviews', 8]] },
  { req: 'rs-align', name: '孙佳慧 Sun Jiahui', email: 'sun.jiahui@example.com', source: 'campus', headline: 'MSc, Fudan University', path: [['sourced', 10], ['screen', 4]] },
  { req: 'rs-align', name: 'Marco Bianchi', email: 'marco.bianchi@example.com', source: 'linkedin', headline: 'Research Engineer, safety evaluations', path: [['sourced', 3]] },
  { req: 'rs-align', name: '李昊 Li Hao', email: 'li.hao@example.com', source: 'career-site', headline: 'Applied Scientist, search ranking', path: [['sourced', 1]] },
  {
    req: 'rs-align', name: 'Kenji Tanaka', email: 'kenji.tanaka@example.com', source: 'agency', headline: 'Senior ML Researcher, recommender systems',
    path: [['sourced', 45], ['screen', 40], ['interviews', 35], ['rejected', 30]], scorecards: [['rm-align', 'Research talk', [2, 1, 2, 3, 3], 'no']],
  },
  { req: 'rs-align', name: '王璐 Wang Lu', email: 'wang.lu@example.com', source: 'referral', referrer: 'rs-6', headline: 'Research Scientist, multimodal', path: [['sourced', 35], ['screen', 30], ['withdrawn', 27]] },
  {
    req: 'rs-align', name: 'Sofia Alvarez', email: 'sofia.alvarez@example.com', source: 'linkedin', headline: 'Research Scientist, preference learning',
    path: [['sourced', 50], ['screen', 47], ['interviews', 42], ['offer', 34], ['withdrawn', 31]], scorecards: [['rs-7', 'Research talk', [3, 4, 3, 3, 4], 'yes']],
    offer: { base: 980_000, status: 'declined', hrSigned: true, equityUnits: 10000, signOn: 50_000, startInDays: 30, remoteWork: 'onsite', innovationTimePct: 10, careerPath: lever.research },
    note: 'Declined: relocating to Europe.',
  },
  // ML Infrastructure Engineer (headcount 2: one hired, one approved offer awaiting the answer)
  {
    req: 'ml-infra', name: '冯睿 Feng Rui', email: 'feng.rui@example.com', source: 'campus', headline: 'MSc, Peking University; HPC lab',
    path: [['sourced', 70], ['screen', 66], ['interviews', 60], ['offer', 52], ['hired', 47]], scorecards: [['se-4', 'Systems design', [3, 4, 3, 3, 4], 'yes']],
    offer: { base: 600_000, status: 'accepted', hrSigned: true, equityUnits: 4000, signOn: 30_000, startInDays: 5, remoteWork: 'onsite', innovationTimePct: 10, careerPath: lever.infra },
  },
  {
    req: 'ml-infra', name: '陈波 Chen Bo', email: 'chen.bo@example.com', source: 'referral', referrer: 'se-2', headline: 'Senior Engineer, Kubernetes scheduling',
    path: [['sourced', 35], ['screen', 30], ['interviews', 22], ['offer', 6]],
    scorecards: [['em-infra', 'Hiring manager', [4, 3, 4, 4, 4], 'strong-yes'], ['se-4', 'Systems design', [4, 4, 3, 3, 3], 'yes']],
    offer: { base: 650_000, status: 'approved', hrSigned: true, equityUnits: 5000, signOn: 50_000, startInDays: 30, remoteWork: 'hybrid', innovationTimePct: 15, careerPath: lever.infra },
  },
  { req: 'ml-infra', name: 'Priyanka Rao', email: 'priyanka.rao@example.com', source: 'linkedin', headline: 'SRE, GPU fleet', path: [['sourced', 20], ['screen', 15], ['interviews', 7]], scorecards: [['se-2', 'Coding', [3, 3, 3, 3, 3], 'yes'], ['em-infra', 'Hiring manager', [3, 2, 4, 3, 3], 'yes']] },
  { req: 'ml-infra', name: '刘洋 Liu Yang', email: 'liu.yang@example.com', source: 'job-board', headline: 'Backend Engineer, payments', path: [['sourced', 9], ['screen', 5]] },
  { req: 'ml-infra', name: 'Tom Walsh', email: 'tom.walsh@example.com', source: 'open-source', headline: 'Contributor to a distributed training framework', path: [['sourced', 2]] },
  { req: 'ml-infra', name: '黄鑫 Huang Xin', email: 'huang.xin@example.com', source: 'job-board', headline: 'Frontend Engineer', path: [['sourced', 25], ['screen', 22], ['rejected', 20]] },
  { req: 'ml-infra', name: 'Nora Schmidt', email: 'nora.schmidt@example.com', source: 'agency', headline: 'Platform Engineer, storage', path: [['sourced', 30], ['screen', 26], ['interviews', 18], ['withdrawn', 14]] },
  // Product Manager, Developer Platform (headcount 1: an in-band offer awaiting HR)
  {
    req: 'pm-devplat', name: '周艾米 Amy Zhou', email: 'amy.zhou@example.com', source: 'referral', referrer: 'pm-1', headline: 'PM, cloud developer tools',
    path: [['sourced', 25], ['screen', 20], ['interviews', 14], ['offer', 2]], scorecards: [['head-product', 'Product sense', [4, 3, 4, 4, 4], 'strong-yes'], ['pm-1', 'Execution', [3, 3, 4, 4, 3], 'yes']],
    offer: { base: 650_000, status: 'pending-approval', equityUnits: 4000, signOn: 0, startInDays: 40, remoteWork: 'hybrid', innovationTimePct: 10, careerPath: lever.product },
  },
  { req: 'pm-devplat', name: 'Ben Carter', email: 'ben.carter@example.com', source: 'linkedin', headline: 'Technical PM, API platform', path: [['sourced', 18], ['screen', 12], ['interviews', 6]] },
  { req: 'pm-devplat', name: '徐婷 Xu Ting', email: 'xu.ting@example.com', source: 'career-site', headline: 'Developer relations lead', path: [['sourced', 7], ['screen', 3]] },
  { req: 'pm-devplat', name: 'Omar Haddad', email: 'omar.haddad@example.com', source: 'linkedin', headline: 'Associate PM, SaaS', path: [['sourced', 4]] },
  { req: 'pm-devplat', name: '唐静 Tang Jing', email: 'tang.jing@example.com', source: 'job-board', headline: 'Project manager, construction', path: [['sourced', 20], ['screen', 17], ['rejected', 15]] },
  { req: 'pm-devplat', name: 'Lucas Moreau', email: 'lucas.moreau@example.com', source: 'agency', headline: 'Senior PM, data platform', path: [['sourced', 16], ['screen', 13], ['interviews', 9], ['withdrawn', 6]] },
];
