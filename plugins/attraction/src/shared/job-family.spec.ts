import { DEMO_PEOPLE } from '@cadre/sdk';
import { describe, expect, it } from 'vitest';
import { inferJobFamily } from './job-family.js';

describe('inferJobFamily', () => {
  it('maps the demo roster titles to the expected families', () => {
    const cases: Array<[string, string]> = [
      ['Senior Research Scientist', 'research-scientist'],
      ['Research Manager, Alignment', 'research-scientist'],
      ['Research Engineer', 'research-engineer'],
      ['Research Intern → Engineer', 'research-engineer'],
      ['Data Engineer, Evaluation Pipelines', 'data-engineer'],
      ['Engineering Manager, Data Platform', 'data-engineer'],
      ['Software Engineer, Distributed Training', 'software-engineer'],
      ['Site Reliability Engineer', 'software-engineer'],
      ['UX Researcher', 'designer'],
      ['Design Lead', 'designer'],
      ['Product Manager, Enterprise', 'product-manager'],
      ['Technical Recruiter', 'operations'],
      ['People Partner Lead', 'operations'],
      ['Legal Counsel', 'operations'],
    ];
    for (const [title, family] of cases) expect(inferJobFamily(title), title).toBe(family);
  });

  it('falls back to the department and covers everyone in the demo roster', () => {
    expect(inferJobFamily('Founder & CEO', 'leadership')).toBe('operations');
    expect(inferJobFamily('Staff', 'research')).toBe('research-scientist');
    expect(inferJobFamily('Mystery')).toBeNull();
    for (const p of DEMO_PEOPLE) expect(inferJobFamily(p.title, p.department), p.title).not.toBeNull();
  });
});
