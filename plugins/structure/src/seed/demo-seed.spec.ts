import { DEMO_PEOPLE } from '@cadre/sdk';
import { describe, expect, it } from 'vitest';
import { DEMO_UNITS, unitKeyOf } from './demo-org.js';
import { demoProfile } from './demo-profiles.js';
import { DEMO_PREFERENCES, DEMO_PROJECTS } from './demo-projects.js';
import { DEMO_TAXONOMY } from './demo-taxonomy.js';

const byKey = new Map(DEMO_PEOPLE.map((p) => [p.key, p]));
const skillNames = new Set(DEMO_TAXONOMY.flatMap((c) => c.skills));

describe('demo structure seed', () => {
  it('puts people in the unit of their department led nearest up their chain', () => {
    const unitOf = (key: string) => unitKeyOf(byKey.get(key)!, byKey);
    expect(unitOf('ceo')).toBe('leadership');
    expect(unitOf('chief-scientist')).toBe('research');
    expect(unitOf('rs-1')).toBe('pretrain');
    expect(unitOf('rs-7')).toBe('align');
    expect(unitOf('se-1')).toBe('infra');
    expect(unitOf('se-16')).toBe('infra');
    expect(unitOf('se-15')).toBe('engineering');
    expect(unitOf('devrel')).toBe('product');
    expect(unitOf('design-2')).toBe('design');
    expect(unitOf('recruiter')).toBe('people');
    expect(unitOf('ea')).toBe('operations');
  });

  it('has units whose parents come first and whose leads exist', () => {
    const seen = new Set<string>();
    for (const u of DEMO_UNITS) {
      if (u.parent) expect(seen.has(u.parent), u.key).toBe(true);
      expect(byKey.has(u.lead), u.lead).toBe(true);
      seen.add(u.key);
    }
    // Every unit's lead sits in it (or, for a department head, in it as the top unit).
    for (const u of DEMO_UNITS) expect(unitKeyOf(byKey.get(u.lead)!, byKey)).toBe(u.key);
  });

  it('gives everyone a believable profile in the taxonomy, senior people higher', () => {
    expect(skillNames.size).toBeGreaterThanOrEqual(75);
    for (const p of DEMO_PEOPLE) {
      const profile = demoProfile(p);
      expect(profile.size, p.key).toBeGreaterThanOrEqual(4);
      for (const [skill, level] of profile) {
        expect(skillNames.has(skill), skill).toBe(true);
        expect(level).toBeGreaterThanOrEqual(1);
        expect(level).toBeLessThanOrEqual(5);
      }
    }
    const max = (key: string) => Math.max(...demoProfile(byKey.get(key)!).values());
    expect(max('se-4')).toBeGreaterThan(max('se-10'));
  });

  it('has fifteen projects with known skills and people, nobody over 100%', () => {
    expect(DEMO_PROJECTS).toHaveLength(15);
    const load = new Map<string, number>();
    for (const project of DEMO_PROJECTS) {
      expect(DEMO_UNITS.some((u) => u.key === project.unit)).toBe(true);
      for (const [skill] of project.requirements) expect(skillNames.has(skill), skill).toBe(true);
      expect(project.people.length).toBeLessThanOrEqual(project.max);
      for (const [key, allocation] of project.people) {
        expect(byKey.has(key), key).toBe(true);
        load.set(key, (load.get(key) ?? 0) + allocation);
      }
    }
    for (const [key, total] of load) expect(total, key).toBeLessThanOrEqual(100);
    const crossUnit = DEMO_PROJECTS.filter((p) => p.people.some(([key]) => unitKeyOf(byKey.get(key)!, byKey) !== p.unit));
    expect(crossUnit.length).toBeGreaterThanOrEqual(3);
    for (const [key, project] of DEMO_PREFERENCES) {
      expect(byKey.has(key)).toBe(true);
      expect(DEMO_PROJECTS.some((p) => p.name === project)).toBe(true);
    }
  });
});
