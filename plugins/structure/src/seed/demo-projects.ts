// Fifteen projects of the demo lab, with requirements and who works on them today. Minimum
// headcounts are the smallest team that can run the project, not its size today.
export interface DemoProject {
  name: string;
  unit: string;
  status: 'planned' | 'active';
  priority: number;
  min: number;
  max: number;
  start: string;
  end: string | null;
  description: string;
  requirements: Array<[skill: string, minLevel: number, weight: number]>;
  /** [person key, allocation %] */
  people: Array<[string, number]>;
}

export const DEMO_PROJECTS: DemoProject[] = [
  {
    name: 'Atlas-2 pre-training run', unit: 'pretrain', status: 'active', priority: 5, min: 3, max: 8, start: '2026-03-01', end: '2026-12-31',
    description: 'The next foundation model: a sparse MoE trained on the refreshed corpus',
    requirements: [['Pre-training', 4, 3], ['Distributed training', 4, 3], ['Mixture-of-Experts (MoE)', 3, 2], ['Scaling laws', 3, 1]],
    people: [['rs-1', 100], ['rs-2', 100], ['rs-3', 100], ['se-4', 50], ['se-1', 100]],
  },
  {
    name: 'Long-context extension', unit: 'pretrain', status: 'active', priority: 4, min: 1, max: 4, start: '2026-05-01', end: '2026-10-31',
    description: 'Extending Atlas to a million-token context',
    requirements: [['Long-context modelling', 3, 3], ['Attention mechanisms', 3, 2], ['Pre-training', 3, 1]],
    people: [['rs-4', 100], ['rs-5', 100]],
  },
  {
    name: 'RLHF pipeline v3', unit: 'align', status: 'active', priority: 5, min: 2, max: 6, start: '2026-02-01', end: null,
    description: 'Preference data, reward models and PPO/DPO training at scale',
    requirements: [['RLHF', 4, 3], ['Reward modelling', 3, 2], ['Reinforcement learning', 3, 1], ['Data pipelines', 2, 1]],
    people: [['rs-6', 100], ['rs-7', 100], ['se-13', 50]],
  },
  {
    name: 'Red-teaming & safety evaluations', unit: 'align', status: 'active', priority: 4, min: 1, max: 4, start: '2026-01-15', end: null,
    description: 'Adversarial testing and the safety evaluation suite before each release',
    requirements: [['Red teaming', 3, 2], ['Alignment research', 3, 2], ['Model evaluation & benchmarks', 3, 1]],
    people: [['rs-8', 100], ['rs-9', 100]],
  },
  {
    name: 'Vision-language model', unit: 'multi', status: 'active', priority: 4, min: 2, max: 5, start: '2026-04-01', end: '2026-11-30',
    description: 'Image understanding on top of Atlas',
    requirements: [['Multimodal modelling', 4, 3], ['Vision encoders', 3, 2], ['Pre-training', 3, 1]],
    people: [['rs-10', 100], ['rs-11', 100], ['rs-12', 100]],
  },
  {
    name: 'Speech interface prototype', unit: 'multi', status: 'planned', priority: 2, min: 1, max: 3, start: '2026-09-01', end: null,
    description: 'Speech in, speech out for the consumer app',
    requirements: [['Speech & audio', 3, 2], ['Multimodal modelling', 2, 1]],
    people: [['rs-13', 100]],
  },
  {
    name: 'GPU scheduler rewrite', unit: 'infra', status: 'active', priority: 4, min: 2, max: 4, start: '2026-03-15', end: '2026-09-30',
    description: 'Gang scheduling and preemption for mixed training and evaluation jobs',
    requirements: [['GPU scheduling', 4, 3], ['Kubernetes', 3, 2], ['Go', 3, 1]],
    people: [['se-2', 100], ['se-16', 100], ['se-4', 50]],
  },
  {
    name: 'Checkpoint storage tier', unit: 'infra', status: 'active', priority: 3, min: 1, max: 3, start: '2026-04-01', end: '2026-08-31',
    description: 'Fast, cheap checkpoints for runs on 4 000 GPUs',
    requirements: [['Storage systems', 3, 2], ['Checkpointing', 3, 2], ['Distributed training', 2, 1]],
    people: [['se-5', 100], ['se-3', 100]],
  },
  {
    name: 'Inference runtime 2.0', unit: 'inference', status: 'active', priority: 5, min: 2, max: 6, start: '2026-02-15', end: '2026-10-31',
    description: 'Speculative decoding, paged KV cache and FP8 kernels',
    requirements: [['Inference runtime', 4, 3], ['CUDA kernels', 3, 2], ['Quantization', 3, 2], ['C++', 3, 1]],
    people: [['se-9', 100], ['se-7', 100], ['se-8', 100]],
  },
  {
    name: 'Public API platform', unit: 'inference', status: 'active', priority: 4, min: 2, max: 5, start: '2026-01-10', end: null,
    description: 'The developer API: keys, quotas, billing hooks, SDKs',
    requirements: [['API platform design', 3, 3], ['Inference serving', 3, 2], ['Developer experience', 2, 1]],
    people: [['se-6', 100], ['se-10', 100], ['pm-1', 50], ['devrel', 50]],
  },
  {
    name: 'Pre-training data refresh', unit: 'data', status: 'active', priority: 5, min: 2, max: 6, start: '2026-01-05', end: '2026-07-31',
    description: 'A new crawl, deduplicated and quality-filtered for Atlas-2',
    requirements: [['Data pipelines', 4, 3], ['Data deduplication', 3, 2], ['Data quality & filtering', 3, 2], ['Web crawling', 2, 1]],
    people: [['se-11', 100], ['se-12', 100], ['se-14', 100], ['se-13', 50]],
  },
  {
    name: 'Evaluation harness', unit: 'data', status: 'planned', priority: 3, min: 1, max: 4, start: '2026-07-01', end: null,
    description: 'One harness for every benchmark, run on every checkpoint',
    requirements: [['Evaluation pipelines', 3, 3], ['Model evaluation & benchmarks', 3, 2], ['Python', 3, 1]],
    people: [],
  },
  {
    name: 'Enterprise launch', unit: 'product', status: 'active', priority: 4, min: 2, max: 5, start: '2026-03-01', end: '2026-09-30',
    description: 'Private deployments, SSO and the first enterprise contracts',
    requirements: [['Enterprise solutions', 3, 3], ['Solution architecture', 3, 2], ['Pricing & packaging', 2, 1]],
    people: [['pm-2', 100], ['solutions', 100], ['solutions-2', 100]],
  },
  {
    name: 'Consumer app redesign', unit: 'design', status: 'active', priority: 3, min: 2, max: 4, start: '2026-04-15', end: '2026-10-15',
    description: 'A calmer chat app with memory and voice',
    requirements: [['Interaction design', 3, 2], ['User research', 3, 2], ['Consumer product', 3, 1]],
    people: [['pm-3', 100], ['design-1', 100], ['design-2', 100]],
  },
  {
    name: 'Research hiring sprint', unit: 'people', status: 'active', priority: 3, min: 1, max: 3, start: '2026-05-01', end: '2026-08-31',
    description: 'Twenty research hires before the Atlas-3 planning',
    requirements: [['Recruiting', 3, 3], ['People analytics', 2, 1], ['Executive communication', 2, 1]],
    people: [['recruiter-2', 100], ['recruiter', 50]],
  },
];

/** [person key, project name, strength] */
export const DEMO_PREFERENCES: Array<[string, string, number]> = [
  ['se-1', 'Inference runtime 2.0', 0.5],
  ['rs-5', 'Long-context extension', 0.8],
  ['se-13', 'Evaluation harness', 1],
  ['se-14', 'Evaluation harness', 0.6],
  ['design-2', 'Consumer app redesign', 0.5],
  ['rs-13', 'Vision-language model', 0.7],
  ['se-10', 'Public API platform', 0.6],
  ['se-5', 'GPU scheduler rewrite', -0.5],
];
