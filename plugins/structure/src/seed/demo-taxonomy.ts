// The demo lab's skill taxonomy: ~80 skills an AI company actually staffs against.
export const DEMO_TAXONOMY: Array<{ category: string; description: string; skills: string[] }> = [
  {
    category: 'ML research',
    description: 'Modelling, training science and evaluation',
    skills: [
      'Pre-training', 'Scaling laws', 'Mixture-of-Experts (MoE)', 'Transformer architectures', 'Attention mechanisms', 'Long-context modelling',
      'Tokenization', 'Optimization & training dynamics', 'RLHF', 'Reward modelling', 'Alignment research', 'Interpretability', 'Red teaming',
      'Instruction tuning', 'Reinforcement learning', 'Reasoning & chain-of-thought', 'Multimodal modelling', 'Vision encoders', 'Image generation',
      'Speech & audio', 'Retrieval-augmented generation', 'Model evaluation & benchmarks', 'Research writing', 'Experiment design',
    ],
  },
  {
    category: 'Systems',
    description: 'Training and inference infrastructure, languages, architecture',
    skills: [
      'Distributed training', 'GPU scheduling', 'Kubernetes', 'Cluster reliability (SRE)', 'CUDA kernels', 'Triton kernels', 'Inference serving',
      'Quantization', 'Model compression & distillation', 'Inference runtime', 'Storage systems', 'High-performance networking (RDMA/NCCL)',
      'Checkpointing', 'Observability & monitoring', 'API platform design', 'Security engineering', 'Systems architecture', 'ML infrastructure',
      'Performance profiling', 'C++', 'Rust', 'Go', 'Python',
    ],
  },
  {
    category: 'Data',
    description: 'Data for training and evaluation',
    skills: [
      'Data pipelines', 'Data deduplication', 'Data quality & filtering', 'Web crawling', 'Data labelling operations', 'Evaluation pipelines',
      'SQL & analytics', 'Spark', 'Synthetic data generation', 'Data governance & privacy', 'Dataset curation', 'Stream processing',
    ],
  },
  {
    category: 'Product & design',
    description: 'Turning models into products people use',
    skills: [
      'Product strategy', 'Developer experience', 'Enterprise solutions', 'Consumer product', 'User research', 'Interaction design', 'Visual design',
      'Technical writing', 'Developer advocacy', 'Pricing & packaging', 'Solution architecture', 'Customer discovery',
    ],
  },
  {
    category: 'People & operations',
    description: 'Leading people and running the company',
    skills: [
      'People management', 'Coaching & mentoring', 'Recruiting', 'Compensation design', 'HR business partnering', 'People analytics',
      'Finance & budgeting', 'Legal & compliance', 'IT administration', 'Workplace & facilities', 'Project management', 'Executive communication',
    ],
  },
];
