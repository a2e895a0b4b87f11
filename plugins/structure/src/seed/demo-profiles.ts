// Believable skill profiles for the demo roster: an archetype per role, levels by seniority,
// a focus from the job title, and a little deterministic variation.

interface Archetype {
  core: string[];
  secondary: string[];
}

const MANAGING = ['People management', 'Coaching & mentoring', 'Project management'];

const ARCHETYPES: Record<string, Archetype> = {
  ceo: { core: ['Executive communication', 'Product strategy', 'People management'], secondary: ['Pre-training', 'Scaling laws', 'Finance & budgeting', 'Recruiting', 'Enterprise solutions'] },
  researchLead: { core: ['Pre-training', 'Alignment research', 'Scaling laws', 'Research writing', 'Experiment design'], secondary: ['People management', 'RLHF', 'Multimodal modelling', 'Executive communication', 'Transformer architectures'] },
  pretraining: {
    core: ['Pre-training', 'Distributed training', 'Scaling laws', 'Transformer architectures'],
    secondary: ['Mixture-of-Experts (MoE)', 'Optimization & training dynamics', 'Python', 'Experiment design', 'Research writing', 'Attention mechanisms', 'Long-context modelling', 'Tokenization'],
  },
  alignment: {
    core: ['RLHF', 'Reward modelling', 'Alignment research', 'Reinforcement learning'],
    secondary: ['Red teaming', 'Instruction tuning', 'Interpretability', 'Model evaluation & benchmarks', 'Python', 'Research writing', 'Experiment design'],
  },
  multimodal: { core: ['Multimodal modelling', 'Vision encoders', 'Pre-training'], secondary: ['Image generation', 'Speech & audio', 'Transformer architectures', 'Python', 'Research writing', 'Experiment design'] },
  engLead: { core: ['Systems architecture', 'ML infrastructure', 'Distributed training', 'People management'], secondary: ['Executive communication', 'Inference serving', 'Data pipelines', 'Project management', 'Security engineering'] },
  infra: {
    core: ['Distributed training', 'Kubernetes', 'GPU scheduling', 'Python'],
    secondary: ['Go', 'Cluster reliability (SRE)', 'Storage systems', 'Checkpointing', 'Observability & monitoring', 'High-performance networking (RDMA/NCCL)', 'ML infrastructure', 'C++'],
  },
  inference: {
    core: ['Inference serving', 'Inference runtime', 'C++'],
    secondary: ['CUDA kernels', 'Quantization', 'Triton kernels', 'Model compression & distillation', 'Performance profiling', 'API platform design', 'Python', 'Rust'],
  },
  data: {
    core: ['Data pipelines', 'Data deduplication', 'Data quality & filtering', 'Python'],
    secondary: ['Spark', 'Web crawling', 'SQL & analytics', 'Evaluation pipelines', 'Dataset curation', 'Stream processing', 'Synthetic data generation', 'Data governance & privacy'],
  },
  security: { core: ['Security engineering', 'Systems architecture'], secondary: ['Kubernetes', 'Go', 'Data governance & privacy', 'Observability & monitoring'] },
  productLead: { core: ['Product strategy', 'Consumer product', 'Enterprise solutions', 'People management'], secondary: ['Pricing & packaging', 'Executive communication', 'Customer discovery', 'User research'] },
  pm: { core: ['Product strategy', 'Customer discovery', 'Project management'], secondary: ['Developer experience', 'Enterprise solutions', 'Consumer product', 'User research', 'Pricing & packaging', 'Technical writing', 'SQL & analytics'] },
  design: { core: ['Interaction design', 'Visual design', 'User research'], secondary: ['Consumer product', 'Customer discovery', 'Developer experience'] },
  devrel: { core: ['Developer advocacy', 'Developer experience', 'Technical writing'], secondary: ['API platform design', 'Python', 'Retrieval-augmented generation', 'Inference serving'] },
  writer: { core: ['Technical writing', 'Developer experience'], secondary: ['API platform design', 'Developer advocacy', 'Python'] },
  solutions: { core: ['Solution architecture', 'Enterprise solutions', 'Customer discovery'], secondary: ['Inference serving', 'Retrieval-augmented generation', 'API platform design', 'Python', 'Pricing & packaging'] },
  opsLead: { core: ['People management', 'Finance & budgeting', 'Executive communication'], secondary: ['Legal & compliance', 'Compensation design', 'HR business partnering', 'Project management'] },
  hr: { core: ['HR business partnering', 'Compensation design'], secondary: ['Coaching & mentoring', 'People analytics', 'Recruiting', 'Legal & compliance'] },
  recruiting: { core: ['Recruiting'], secondary: ['HR business partnering', 'People analytics', 'Executive communication'] },
  finance: { core: ['Finance & budgeting', 'Compensation design'], secondary: ['SQL & analytics', 'Legal & compliance', 'Project management'] },
  facilities: { core: ['Workplace & facilities', 'Project management'], secondary: ['Finance & budgeting', 'IT administration'] },
  legal: { core: ['Legal & compliance', 'Data governance & privacy'], secondary: ['Compensation design', 'Executive communication'] },
  it: { core: ['IT administration', 'Security engineering'], secondary: ['Kubernetes', 'Observability & monitoring', 'Workplace & facilities'] },
  analyst: { core: ['People analytics', 'SQL & analytics'], secondary: ['Python', 'Compensation design', 'HR business partnering'] },
  assistant: { core: ['Executive communication', 'Project management'], secondary: ['Workplace & facilities', 'Finance & budgeting'] },
};

const ROLE: Record<string, string> = {
  ceo: 'ceo', 'chief-scientist': 'researchLead', 'vp-eng': 'engLead', 'head-product': 'productLead', 'head-ops': 'opsLead',
  'hr-lead': 'hr', 'hr-bp': 'hr', recruiter: 'recruiting', 'recruiter-2': 'recruiting', finance: 'finance', office: 'facilities', legal: 'legal', it: 'it',
  'ops-analyst': 'analyst', ea: 'assistant', 'se-15': 'security', devrel: 'devrel', tw: 'writer', solutions: 'solutions', 'solutions-2': 'solutions',
  'design-lead': 'design', 'design-1': 'design', 'design-2': 'design', 'pm-1': 'pm', 'pm-2': 'pm', 'pm-3': 'pm',
  'rm-pretrain': 'pretraining', 'rm-align': 'alignment', 'rm-multi': 'multimodal', 'em-infra': 'infra', 'em-infer': 'inference', 'em-data': 'data',
};
for (const [keys, role] of [[['rs-1', 'rs-2', 'rs-3', 'rs-4', 'rs-5'], 'pretraining'], [['rs-6', 'rs-7', 'rs-8', 'rs-9'], 'alignment'], [['rs-10', 'rs-11', 'rs-12', 'rs-13'], 'multimodal'],
  [['se-1', 'se-2', 'se-3', 'se-4', 'se-5', 'se-16'], 'infra'], [['se-6', 'se-7', 'se-8', 'se-9', 'se-10'], 'inference'], [['se-11', 'se-12', 'se-13', 'se-14'], 'data']] as const) {
  for (const key of keys) ROLE[key] = role;
}

/** What the job title says a person is strongest at. */
const FOCUS: Record<string, string[]> = {
  'rs-4': ['Long-context modelling', 'Attention mechanisms'], 'rs-5': ['Long-context modelling'], 'rs-3': ['Mixture-of-Experts (MoE)'], 'rs-2': ['Mixture-of-Experts (MoE)'],
  'rs-8': ['Red teaming', 'Model evaluation & benchmarks'], 'rs-9': ['Red teaming'], 'rs-13': ['Speech & audio'], 'rs-12': ['Image generation'],
  'se-1': ['Distributed training'], 'se-2': ['GPU scheduling', 'Go'], 'se-3': ['Cluster reliability (SRE)'], 'se-4': ['Distributed training', 'Checkpointing'],
  'se-5': ['Storage systems', 'Checkpointing'], 'se-16': ['Cluster reliability (SRE)', 'Observability & monitoring'],
  'se-6': ['Inference serving', 'API platform design'], 'se-7': ['CUDA kernels', 'Triton kernels'], 'se-8': ['Quantization'], 'se-9': ['Inference runtime', 'CUDA kernels'],
  'se-10': ['API platform design'], 'se-13': ['Evaluation pipelines', 'Model evaluation & benchmarks'], 'se-14': ['Python', 'SQL & analytics'], 'se-12': ['Web crawling', 'Spark'],
  'pm-1': ['Developer experience'], 'pm-2': ['Enterprise solutions', 'Pricing & packaging'], 'pm-3': ['Consumer product', 'User research'],
  'design-2': ['User research'], 'recruiter-2': ['Recruiting'],
};

/** Level of core skills by job level; secondary skills sit one below. */
const BASE: Record<string, number> = { P3: 3, P4: 3, P5: 3, P6: 4, P7: 5, M4: 4, M5: 4, M6: 5, E7: 4, E8: 5, E9: 4 };

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Skill name → level for one person. */
export function demoProfile(person: { key: string; level: string; track: string }): Map<string, number> {
  const archetype = ARCHETYPES[ROLE[person.key] ?? 'pm'];
  const base = BASE[person.level] ?? 3;
  const out = new Map<string, number>();
  const set = (skill: string, level: number) => out.set(skill, Math.max(out.get(skill) ?? 0, Math.min(5, Math.max(1, level))));
  for (const skill of archetype.core) set(skill, base - (hash(`${person.key}|${skill}`) % 5 === 0 ? 1 : 0));
  for (const skill of archetype.secondary) set(skill, base - 1 - (hash(`${person.key}|${skill}`) % 4 === 0 ? 1 : 0));
  if (person.track === 'management') for (const skill of MANAGING) set(skill, base - (person.level.startsWith('M') ? 0 : 1));
  for (const skill of FOCUS[person.key] ?? []) set(skill, base + 1);
  return out;
}
