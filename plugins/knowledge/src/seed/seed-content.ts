// Templates for the demo knowledge base: believable titles and bodies in English and Chinese
// about what an AI lab writes down. Deterministic: the same seed gives the same library.
import type { ItemKind } from '../items/knowledge-item.entity.js';

export interface Topic {
  key: string;
  en: string;
  zh: string;
  /** Lower-case fragments matched against skill names to pick the tags, most specific first. */
  skills: string[];
  department: 'research' | 'engineering';
  /** Some sentences of substance, per language. */
  facts: { en: string[]; zh: string[] };
  repo: string;
}

export const TOPICS: Topic[] = [
  {
    key: 'rlhf', en: 'RLHF', zh: '基于人类反馈的强化学习', skills: ['rlhf', 'alignment', 'reward'], department: 'research', repo: 'lab/rlhf-trainer',
    facts: {
      en: ['Reward-model overfitting showed up after 2 epochs as a widening gap between held-out preference accuracy and PPO reward.', 'A KL penalty of 0.02 kept the policy close to the SFT model without stalling learning.', 'DPO matched PPO on helpfulness at a third of the GPU hours.'],
      zh: ['奖励模型在训练两个 epoch 后出现过拟合，验证集偏好准确率与 PPO 奖励之间的差距不断扩大。', 'KL 惩罚系数设为 0.02 时，策略模型既能保持接近 SFT 模型，又不会停止学习。', 'DPO 在有用性评测上与 PPO 持平，而 GPU 时长只有后者的三分之一。'],
    },
  },
  {
    key: 'moe', en: 'Mixture-of-Experts', zh: '混合专家模型（MoE）', skills: ['mixture', 'moe', 'distributed', 'pre-training'], department: 'research', repo: 'lab/moe-layers',
    facts: {
      en: ['Top-2 routing with an auxiliary load-balancing loss of 0.01 kept expert utilisation within 15% of uniform.', 'Expert parallelism across 8 GPUs cut the all-to-all time by 38% once tokens were bucketed by destination.', 'Capacity factor 1.25 dropped fewer than 0.3% of tokens.'],
      zh: ['采用 Top-2 路由并加入 0.01 的负载均衡辅助损失后，各专家的利用率与均匀分布的偏差保持在 15% 以内。', '在 8 张 GPU 上做专家并行，并按目标专家对 token 分桶后，all-to-all 通信时间减少了 38%。', '容量因子取 1.25 时，被丢弃的 token 不到 0.3%。'],
    },
  },
  {
    key: 'long-context', en: 'long-context training', zh: '长上下文训练', skills: ['long-context', 'long context', 'attention', 'transformer'], department: 'research', repo: 'lab/long-context',
    facts: {
      en: ['Extending RoPE with a base of 500k let the model reach 128k tokens after 2B tokens of continued pre-training.', 'Needle-in-a-haystack recall stayed above 95% up to 96k tokens.', 'Ring attention removed the activation-memory wall at 256k tokens.'],
      zh: ['将 RoPE 的基数扩展到 50 万后，模型只需 20 亿 token 的继续预训练即可支持 128k 上下文。', '在 96k token 以内，大海捞针测试的召回率保持在 95% 以上。', '使用环形注意力（Ring Attention）后，256k token 时的激活显存瓶颈不复存在。'],
    },
  },
  {
    key: 'inference', en: 'inference acceleration', zh: '推理加速', skills: ['inference', 'serving', 'quantization', 'cuda'], department: 'engineering', repo: 'lab/inference-runtime',
    facts: {
      en: ['Paged KV cache raised batch size by 2.4× at the same memory.', 'Speculative decoding with a 1B draft model gave 1.8× lower latency on chat traffic.', 'INT8 weight-only quantisation cost 0.2 points on our eval suite.'],
      zh: ['采用分页 KV 缓存后，在相同显存下批大小提升了 2.4 倍。', '使用 10 亿参数的草稿模型做投机解码，对话请求的延迟降低为原来的 1/1.8。', 'INT8 仅权重量化在我们的评测集上只损失了 0.2 分。'],
    },
  },
  {
    key: 'data', en: 'data cleaning', zh: '数据清洗', skills: ['dedup', 'cleaning', 'quality', 'data pipeline'], department: 'engineering', repo: 'lab/data-pipeline',
    facts: {
      en: ['MinHash deduplication at Jaccard 0.8 removed 27% of the web crawl.', 'A fastText quality classifier trained on 50k labelled pages lifted downstream accuracy by 1.1 points.', 'PII scrubbing runs before tokenisation so no raw identifiers reach the training shards.'],
      zh: ['以 Jaccard 相似度 0.8 为阈值做 MinHash 去重，去掉了 27% 的网页抓取数据。', '用 5 万个标注网页训练的 fastText 质量分类器，使下游准确率提升了 1.1 个百分点。', '隐私信息清洗在分词之前完成，确保原始标识符不会进入训练分片。'],
    },
  },
  {
    key: 'training-run', en: 'large training runs', zh: '大规模训练', skills: ['distributed', 'checkpoint', 'reliability'], department: 'engineering', repo: 'lab/trainer',
    facts: {
      en: ['A silent data-corruption fault on one node caused loss spikes every 6 hours until the node was drained.', 'Asynchronous checkpointing to local NVMe cut the checkpoint stall from 11 minutes to 40 seconds.', 'Loss spikes correlated with a learning-rate warm restart and vanished with a smaller peak LR.'],
      zh: ['某个节点的静默数据损坏故障导致每 6 小时出现一次损失尖峰，直到该节点被下线。', '将检查点异步写入本地 NVMe 后，检查点造成的停顿从 11 分钟缩短到 40 秒。', '损失尖峰与学习率热重启相关，降低峰值学习率后问题消失。'],
    },
  },
  {
    key: 'gpu-scheduler', en: 'the GPU scheduler', zh: 'GPU 调度器', skills: ['gpu', 'kubernetes', 'cluster'], department: 'engineering', repo: 'lab/gpu-scheduler',
    facts: {
      en: ['Gang scheduling with topology awareness placed 92% of 64-GPU jobs inside one rail-optimised pod.', 'Preemptible evaluation jobs filled idle GPUs and lifted cluster utilisation from 71% to 86%.', 'Fair-share quotas per team replaced the first-come queue that starved small teams.'],
      zh: ['感知拓扑的成组调度让 92% 的 64 卡任务落在同一个轨道优化的 pod 内。', '可抢占的评测任务填满空闲 GPU，使集群利用率从 71% 提升到 86%。', '按团队的公平份额配额取代了先到先得队列，小团队不再被饿死。'],
    },
  },
  {
    key: 'evaluation', en: 'model evaluation', zh: '模型评测', skills: ['evaluation', 'benchmark'], department: 'engineering', repo: 'lab/eval-harness',
    facts: {
      en: ['Contamination checks against the pre-training index flagged 4% of a public benchmark.', 'Pairwise LLM-as-judge agreed with human raters 81% of the time after position-bias swapping.', 'Running the full suite nightly on every checkpoint caught a regression in code generation within a day.'],
      zh: ['与预训练语料索引比对的污染检查发现某公开基准中有 4% 的题目已泄露。', '交换位置以消除位置偏差后，成对的大模型评审与人工评分的一致率达到 81%。', '每晚对每个检查点运行完整评测，一天之内就发现了代码生成能力的退化。'],
    },
  },
  {
    key: 'multimodal', en: 'multimodal models', zh: '多模态模型', skills: ['multimodal', 'vision', 'image'], department: 'research', repo: 'lab/vision-language',
    facts: {
      en: ['A frozen ViT-L with a two-layer projector matched a fully tuned encoder on OCR-heavy tasks.', 'Interleaved image-text data improved few-shot VQA by 3.5 points.', 'Dynamic image tiling at 448 px kept small text legible without exploding the token count.'],
      zh: ['冻结的 ViT-L 加两层投影层，在 OCR 密集的任务上与全量微调的编码器表现相当。', '图文交错数据让少样本视觉问答提升了 3.5 分。', '以 448 像素动态切图，既能看清小字，又不会让 token 数量暴涨。'],
    },
  },
];

export const KIND_ROTATION: ItemKind[] = ['paper', 'design_doc', 'post_mortem', 'tech_blog', 'best_practice', 'paper', 'tech_blog', 'design_doc', 'patent', 'best_practice'];

const EN_TITLES: Record<ItemKind, string[]> = {
  paper: ['Scaling {t}: evidence from a {n}B-parameter model', 'Revisiting {t} under a fixed compute budget', 'What matters in {t}? An ablation study'],
  patent: ['Method and system for {t} in distributed clusters ({n})', 'Apparatus for efficient {t} ({n})'],
  tech_blog: ['How we do {t} at the lab', '{t} in practice: numbers from production', 'Five things we learned about {t}'],
  design_doc: ['Design: {t} v{v}', 'RFC: a new approach to {t}', 'Design review: {t} for the {n}B run'],
  best_practice: ['Checklist: {t} before you launch a run', 'Best practices for {t}', 'A field guide to {t}'],
  post_mortem: ['Post-mortem: {t} incident during the {n}B run', 'Post-mortem: what went wrong with {t} in week {v}', 'Incident review: {t} regression'],
};

const ZH_TITLES: Record<ItemKind, string[]> = {
  paper: ['{t}的规模化研究：基于 {n}B 参数模型的实证', '固定算力预算下重新审视{t}', '{t}中真正重要的是什么？消融实验'],
  patent: ['一种用于分布式集群的{t}方法及系统（{n}）', '一种高效{t}装置（{n}）'],
  tech_blog: ['我们是如何做{t}的', '{t}实战：来自生产环境的数据', '关于{t}的五点经验'],
  design_doc: ['设计文档：{t} v{v}', 'RFC：{t}的新方案', '设计评审：面向 {n}B 训练的{t}'],
  best_practice: ['启动训练前的{t}检查清单', '{t}最佳实践', '{t}实用指南'],
  post_mortem: ['故障复盘：{n}B 训练中的{t}事故', '故障复盘：第 {v} 周{t}出了什么问题', '事故回顾：{t}性能回退'],
};

const EN_SECTIONS: Record<ItemKind, string[]> = {
  paper: ['Abstract', 'Method', 'Results', 'Limitations'],
  patent: ['Field', 'Background', 'Summary of the invention', 'Claims'],
  tech_blog: ['Why it matters', 'What we did', 'Numbers', 'Takeaways'],
  design_doc: ['Context', 'Goals and non-goals', 'Design', 'Alternatives considered', 'Rollout'],
  best_practice: ['When to use this', 'Checklist', 'Pitfalls'],
  post_mortem: ['Summary', 'Timeline', 'Root cause', 'What went well', 'Action items'],
};

const ZH_SECTIONS: Record<ItemKind, string[]> = {
  paper: ['摘要', '方法', '实验结果', '局限性'],
  patent: ['技术领域', '背景技术', '发明内容', '权利要求'],
  tech_blog: ['为什么重要', '我们做了什么', '数据', '结论'],
  design_doc: ['背景', '目标与非目标', '设计方案', '备选方案', '上线计划'],
  best_practice: ['适用场景', '检查清单', '常见陷阱'],
  post_mortem: ['概述', '时间线', '根本原因', '做得好的地方', '改进措施'],
};

/** A small deterministic PRNG (mulberry32) so the demo library is the same every time. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(list: readonly T[], r: () => number): T {
  return list[Math.floor(r() * list.length)];
}

const fill = (template: string, t: string, r: () => number) =>
  template.replace('{t}', t).replace('{n}', String(pick([7, 13, 34, 70, 140], r))).replace('{v}', String(1 + Math.floor(r() * 9)));

const EN_FILLER: Record<ItemKind, string[]> = {
  paper: ['We compare against a strong baseline trained on the same tokens.', 'All numbers are averaged over three seeds.', 'The gains shrink at the largest scale we tried, which we leave to future work.'],
  patent: ['The method applies to clusters of any size.', 'A controller monitors the workload and adapts the configuration at run time.', 'Claim 1 covers the method; claims 2 to 9 cover its variants.'],
  tech_blog: ['This started as a side project during innovation time.', 'The change shipped behind a flag and was rolled out over two weeks.', 'Ask in the team channel if you want to try it.'],
  design_doc: ['Non-goal: changing the public API.', 'The rollout is gated on the nightly evaluation staying green.', 'We considered an off-the-shelf component but it lacked multi-tenant quotas.'],
  best_practice: ['Write the expected numbers down before you start.', 'Keep one owner per run and a written on-call rota.', 'Review this list at every launch meeting.'],
  post_mortem: ['No user data was affected.', 'Detection took longer than it should have because the alert threshold was too loose.', 'Action items are tracked in the team board with owners and dates.'],
};

const ZH_FILLER: Record<ItemKind, string[]> = {
  paper: ['我们与在相同 token 上训练的强基线进行了对比。', '所有数值均为三个随机种子的平均值。', '在我们尝试的最大规模上收益有所缩小，留待后续研究。'],
  patent: ['该方法适用于任意规模的集群。', '控制器监测负载并在运行时自适应调整配置。', '权利要求 1 保护该方法，权利要求 2 至 9 保护其变体。'],
  tech_blog: ['这个项目最初是利用创新时间做的。', '改动通过开关发布，用两周时间逐步放量。', '想试用的同学可以在团队群里提问。'],
  design_doc: ['非目标：不改变对外接口。', '上线以每晚评测保持通过为前提。', '我们考虑过现成组件，但它不支持多租户配额。'],
  best_practice: ['开始之前先写下预期的数值。', '每次训练只有一个负责人，并有书面的值班表。', '每次启动会都过一遍这份清单。'],
  post_mortem: ['没有用户数据受到影响。', '由于告警阈值过宽，发现问题的时间比应有的更长。', '改进措施已在团队看板中跟踪，并明确了负责人和日期。'],
};

const PARTS_EN = ['part 2', 'part 3', 'follow-up', 'revisited', 'second edition'];
const PARTS_ZH = ['（下篇）', '（续）', '（补充）', '（再探）', '（第二版）'];

/** A title and a markdown body for one item; `used` keeps titles unique across the library. */
export function compose(topic: Topic, kind: ItemKind, zh: boolean, r: () => number, used = new Set<string>()): { title: string; body: string } {
  let title = '';
  for (let attempt = 0; attempt < 6 && (!title || used.has(title)); attempt++) {
    const raw = fill(pick((zh ? ZH_TITLES : EN_TITLES)[kind], r), zh ? topic.zh : topic.en, r);
    title = zh ? raw : raw.charAt(0).toUpperCase() + raw.slice(1);
  }
  for (let n = 0; used.has(title); n++) title = zh ? `${title.replace(/（[^）]*）$/, '')}${PARTS_ZH[n % PARTS_ZH.length]}` : `${title.replace(/ — .*$/, '')} — ${PARTS_EN[n % PARTS_EN.length]}${n >= PARTS_EN.length ? ` ${n}` : ''}`;
  used.add(title);
  const facts = [...(zh ? topic.facts.zh : topic.facts.en)];
  const filler = [...(zh ? ZH_FILLER : EN_FILLER)[kind]];
  const offset = Math.floor(r() * facts.length);
  const sentences = [...facts.slice(offset), ...facts.slice(0, offset), ...filler];
  const sections = (zh ? ZH_SECTIONS : EN_SECTIONS)[kind];
  const lines: string[] = [];
  sections.forEach((heading, i) => {
    lines.push(`## ${heading}`, '');
    if (kind === 'best_practice' && i === 1) lines.push(...facts.map((f) => `- [ ] ${f}`));
    else if (kind === 'post_mortem' && i === 1) lines.push(zh ? `- 第 1 天 09:40 告警触发\n- 第 1 天 10:15 定位到${topic.zh}相关问题\n- 第 2 天 14:00 修复上线` : `- Day 1 09:40 alert fired\n- Day 1 10:15 traced to ${topic.en}\n- Day 2 14:00 fix rolled out`);
    else lines.push(sentences[i % sentences.length]);
    lines.push('');
  });
  if (kind === 'design_doc') lines.push('```yaml', `component: ${topic.key}`, `owners: [${topic.department}]`, '```', '');
  return { title, body: lines.join('\n').trim() };
}
