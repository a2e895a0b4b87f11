import { fieldMessage, msg } from '@cadre/sdk';
// Job families are short slugs ("research-scientist"). People are mapped to one explicitly
// (seeded from the demo roster, editable with setPersonJobFamily); when a person has no
// mapping, their title decides, so new hires are covered from day one.

export const JOB_FAMILY_PATTERN = /^[a-z][a-z0-9-]{1,59}$/;
export const JOB_FAMILY_MESSAGE = fieldMessage(msg`must be a lower-case slug such as research-scientist`);

export const DEFAULT_JOB_FAMILIES = [
  'research-scientist',
  'research-engineer',
  'software-engineer',
  'data-engineer',
  'product-manager',
  'designer',
  'operations',
] as const;

const RULES: Array<[RegExp, string]> = [
  [/designer|design lead|\bux\b|user research/i, 'designer'],
  [/research engineer|research intern/i, 'research-engineer'],
  [/scientist|research manager|researcher/i, 'research-scientist'],
  [/data engineer|data platform/i, 'data-engineer'],
  [/product manager|head of product|technical writer/i, 'product-manager'],
  [/engineer|engineering|developer|sre|reliability|architect|security/i, 'software-engineer'],
  [/people|hr\b|recruit|finance|legal|office|facilities|operations|assistant|administrator|analyst|counsel|it\b/i, 'operations'],
];

/** The family a title most likely belongs to; department breaks ties for generic titles. */
export function inferJobFamily(title: string, department?: string): string | null {
  for (const [pattern, family] of RULES) if (pattern.test(title)) return family;
  if (department === 'research') return 'research-scientist';
  if (department === 'engineering') return 'software-engineer';
  if (department === 'product') return 'product-manager';
  if (department === 'operations' || department === 'leadership') return 'operations';
  return null;
}
