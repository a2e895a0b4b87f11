// Permission ids in one place, so services and resolvers cannot drift apart.
export const PERM = {
  orgRead: 'structure.org.read',
  orgWrite: 'structure.org.write',
  skillsRead: 'structure.skills.read',
  skillsWrite: 'structure.skills.write',
  skillsAdmin: 'structure.skills.admin',
  projectsRead: 'structure.projects.read',
  projectsWrite: 'structure.projects.write',
  projectsAdmin: 'structure.projects.admin',
  staffingRun: 'structure.staffing.run',
} as const;
