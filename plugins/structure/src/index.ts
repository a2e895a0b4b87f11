import { definePlugin } from '@cadre/sdk';

/**
 * The right team shape: org units, skills, projects and the staffing optimiser.
 * This declaration reserves the plugin's id and permissions; its domain is built on top of it.
 */
export const structurePlugin = definePlugin({
  id: 'structure',
  version: '0.1.0',
  sdk: '^0.1.0',
  description: 'The right team shape: org units, skills, projects and the staffing optimiser',
  permissions: [
    { id: 'structure.org.read', description: 'See the org chart and units', defaultRoles: ['admin', 'hr', 'recruiter', 'manager', 'employee'] },
    { id: 'structure.org.write', description: 'Change org units and membership', defaultRoles: ['admin', 'hr'] },
    { id: 'structure.skills.read', description: 'See skill profiles', defaultRoles: ['admin', 'hr', 'manager', 'employee'] },
    { id: 'structure.skills.write', description: 'Edit the skill taxonomy and assess skills', defaultRoles: ['admin', 'hr', 'manager'] },
    { id: 'structure.projects.read', description: 'See projects and assignments', defaultRoles: ['admin', 'hr', 'manager', 'employee'] },
    { id: 'structure.projects.write', description: 'Create projects and apply staffing plans', defaultRoles: ['admin', 'hr', 'manager'] },
  ],
});
