// The demo lab's units, their leads (DEMO_PEOPLE keys) and who sits where.
import type { DEMO_PEOPLE } from '@cadre/sdk';

type DemoPerson = (typeof DEMO_PEOPLE)[number];

export interface DemoUnit {
  key: string;
  name: string;
  kind: 'leadership' | 'technical' | 'product' | 'operations';
  parent: string | null;
  lead: string;
  description: string;
}

export const DEMO_UNITS: DemoUnit[] = [
  { key: 'leadership', name: 'Leadership', kind: 'leadership', parent: null, lead: 'ceo', description: 'The founder and the heads of each group' },
  { key: 'research', name: 'Research', kind: 'technical', parent: 'leadership', lead: 'chief-scientist', description: 'Models: pre-training, alignment, multimodal' },
  { key: 'pretrain', name: 'Pre-training', kind: 'technical', parent: 'research', lead: 'rm-pretrain', description: 'Foundation model training runs and scaling' },
  { key: 'align', name: 'Alignment', kind: 'technical', parent: 'research', lead: 'rm-align', description: 'RLHF, reward models and safety evaluations' },
  { key: 'multi', name: 'Multimodal', kind: 'technical', parent: 'research', lead: 'rm-multi', description: 'Vision, speech and vision-language models' },
  { key: 'engineering', name: 'Engineering', kind: 'technical', parent: 'leadership', lead: 'vp-eng', description: 'Systems architecture and platforms' },
  { key: 'infra', name: 'ML Infrastructure', kind: 'technical', parent: 'engineering', lead: 'em-infra', description: 'Training clusters, scheduling, storage' },
  { key: 'inference', name: 'Inference', kind: 'technical', parent: 'engineering', lead: 'em-infer', description: 'Serving, kernels, the public API' },
  { key: 'data', name: 'Data Platform', kind: 'technical', parent: 'engineering', lead: 'em-data', description: 'Training data and evaluation pipelines' },
  { key: 'product', name: 'Product', kind: 'product', parent: 'leadership', lead: 'head-product', description: 'Developer platform, enterprise and consumer products' },
  { key: 'design', name: 'Design', kind: 'product', parent: 'product', lead: 'design-lead', description: 'Product design and user research' },
  { key: 'operations', name: 'Operations', kind: 'operations', parent: 'leadership', lead: 'head-ops', description: 'Finance, legal, IT and facilities' },
  { key: 'people', name: 'People', kind: 'operations', parent: 'operations', lead: 'hr-lead', description: 'People partners, recruiting and analytics' },
];

/** The top unit of each department, where people land when no closer lead fits. */
const DEPARTMENT_UNIT: Record<DemoPerson['department'], string> = {
  leadership: 'leadership',
  research: 'research',
  engineering: 'engineering',
  product: 'product',
  operations: 'operations',
};

/** Units of a department: its top unit and everything below it. */
function departmentUnits(department: DemoPerson['department']): Set<string> {
  const top = DEPARTMENT_UNIT[department];
  const out = new Set([top]);
  if (department === 'leadership') return out;
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of DEMO_UNITS) {
      if (u.parent && out.has(u.parent) && !out.has(u.key)) {
        out.add(u.key);
        grew = true;
      }
    }
  }
  return out;
}

/**
 * A person's unit: the unit led by the nearest person in their chain (themselves first) that
 * belongs to their department; else the department's top unit. So a research scientist sits in
 * their research manager's team, the executive assistant (operations, reporting to the CEO) in
 * Operations, and a security engineer reporting to the VP in Engineering.
 */
export function unitKeyOf(person: DemoPerson, byKey: Map<string, DemoPerson>): string {
  const allowed = departmentUnits(person.department);
  let current: DemoPerson | undefined = person;
  const seen = new Set<string>();
  while (current && !seen.has(current.key)) {
    seen.add(current.key);
    const led = DEMO_UNITS.find((u) => u.lead === current!.key && allowed.has(u.key));
    if (led) return led.key;
    current = current.manager ? byKey.get(current.manager) : undefined;
  }
  return DEPARTMENT_UNIT[person.department];
}
