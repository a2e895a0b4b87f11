import { DataService, DEMO_PEOPLE, PeopleDirectory, type SeedContext } from '@cadre/sdk';
import { OrgUnitEntity } from '../org/org-unit.entity.js';
import { AssignmentEntity } from '../projects/assignment.entity.js';
import { ProjectRequirementEntity } from '../projects/project-requirement.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { StaffingPreferenceEntity } from '../projects/staffing-preference.entity.js';
import { PersonSkillEntity } from '../skills/person-skill.entity.js';
import { SkillCategoryEntity } from '../skills/skill-category.entity.js';
import { SkillEvidenceEntity } from '../skills/skill-evidence.entity.js';
import { SkillEntity } from '../skills/skill.entity.js';
import { DEMO_UNITS, unitKeyOf } from './demo-org.js';
import { demoProfile } from './demo-profiles.js';
import { DEMO_PREFERENCES, DEMO_PROJECTS } from './demo-projects.js';
import { DEMO_TAXONOMY } from './demo-taxonomy.js';

/** The demo lab's structure: units with leads, membership, skills, projects, preferences. */
export async function seedStructure(ctx: SeedContext): Promise<void> {
  const data = ctx.get(DataService);
  const people = ctx.get(PeopleDirectory);
  const byEmail = new Map((await people.all()).map((p) => [p.email, p]));
  const personId = new Map(DEMO_PEOPLE.filter((p) => byEmail.has(p.email)).map((p) => [p.key, byEmail.get(p.email)!.id]));
  const demoByKey = new Map(DEMO_PEOPLE.map((p) => [p.key, p]));

  // Units, parents first (DEMO_UNITS is ordered that way).
  const units = data.repo(OrgUnitEntity);
  const unitId = new Map<string, string>();
  for (const [i, u] of DEMO_UNITS.entries()) {
    const row = await units.save(
      units.create({ name: u.name, kind: u.kind, description: u.description, parentId: u.parent ? unitId.get(u.parent)! : null, leadId: personId.get(u.lead) ?? null, sortOrder: i }),
    );
    unitId.set(u.key, row.id);
  }
  // Membership through the core, like any move (audited, PersonUpdated).
  for (const p of DEMO_PEOPLE) {
    const id = personId.get(p.key);
    if (id) await people.update(id, { orgUnitId: unitId.get(unitKeyOf(p, demoByKey))! });
  }

  const categories = data.repo(SkillCategoryEntity);
  const skills = data.repo(SkillEntity);
  const skillId = new Map<string, string>();
  for (const [i, c] of DEMO_TAXONOMY.entries()) {
    const category = await categories.save(categories.create({ name: c.category, description: c.description, sortOrder: i }));
    const rows = await skills.saveMany(c.skills.map((name) => skills.create({ categoryId: category.id, name, description: null })));
    rows.forEach((s) => skillId.set(s.name, s.id));
  }

  // Profiles: a manager assessment for every skill, and a self-assessment for some.
  const evidence = data.repo(SkillEvidenceEntity);
  const profiles = data.repo(PersonSkillEntity);
  const evidenceRows: SkillEvidenceEntity[] = [];
  const profileRows: PersonSkillEntity[] = [];
  for (const p of DEMO_PEOPLE) {
    const id = personId.get(p.key);
    if (!id) continue;
    const managerId = p.manager ? (personId.get(p.manager) ?? null) : null;
    let i = 0;
    for (const [name, level] of demoProfile(p)) {
      const sid = skillId.get(name)!;
      const self = i++ % 3 === 0;
      if (self) evidenceRows.push(evidence.create({ personId: id, skillId: sid, kind: 'self', level: Math.min(5, level + (i % 2)), note: null, recordedById: id }));
      evidenceRows.push(evidence.create({ personId: id, skillId: sid, kind: 'manager', level, note: managerId ? 'Assessed in the 2026 H1 review' : null, recordedById: managerId }));
      profileRows.push(profiles.create({ personId: id, skillId: sid, level, evidenceKinds: self ? 'self,manager' : 'manager' }));
    }
  }
  await evidence.saveMany(evidenceRows);
  await profiles.saveMany(profileRows);

  const projects = data.repo(ProjectEntity);
  const requirements = data.repo(ProjectRequirementEntity);
  const assignments = data.repo(AssignmentEntity);
  const projectId = new Map<string, string>();
  const reqRows: ProjectRequirementEntity[] = [];
  const assignmentRows: AssignmentEntity[] = [];
  for (const d of DEMO_PROJECTS) {
    const project = await projects.save(
      projects.create({ name: d.name, description: d.description, ownerUnitId: unitId.get(d.unit)!, status: d.status, startDate: d.start, endDate: d.end, priority: d.priority, headcountMin: d.min, headcountMax: d.max }),
    );
    projectId.set(d.name, project.id);
    for (const [skill, minLevel, weight] of d.requirements) reqRows.push(requirements.create({ projectId: project.id, skillId: skillId.get(skill)!, minLevel, weight }));
    for (const [key, allocation] of d.people) if (personId.has(key)) assignmentRows.push(assignments.create({ projectId: project.id, personId: personId.get(key)!, allocation }));
  }
  await requirements.saveMany(reqRows);
  await assignments.saveMany(assignmentRows);

  const preferences = data.repo(StaffingPreferenceEntity);
  await preferences.saveMany(
    DEMO_PREFERENCES.filter(([key]) => personId.has(key)).map(([key, project, strength]) => preferences.create({ personId: personId.get(key)!, projectId: projectId.get(project)!, strength })),
  );
  ctx.log(`structure: ${DEMO_UNITS.length} units, ${skillId.size} skills, ${profileRows.length} skill levels, ${DEMO_PROJECTS.length} projects`);
}
