import { definePlugin } from '@cadre/sdk';

/**
 * Grow people faster: ladders, courses, plans and skill gaps.
 * This declaration reserves the plugin's id and permissions; its domain is built on top of it.
 */
export const developmentPlugin = definePlugin({
  id: 'development',
  version: '0.1.0',
  sdk: '^0.1.0',
  description: 'Grow people faster: ladders, courses, plans and skill gaps',
  dependencies: ['structure'],
  permissions: [
    { id: 'development.ladders.read', description: 'See career ladders', defaultRoles: ['admin', 'hr', 'recruiter', 'manager', 'employee'] },
    { id: 'development.ladders.write', description: 'Edit career ladders', defaultRoles: ['admin', 'hr'] },
    { id: 'development.courses.read', description: 'See courses and programmes', defaultRoles: ['admin', 'hr', 'recruiter', 'manager', 'employee'] },
    { id: 'development.courses.write', description: 'Manage courses and enrolments', defaultRoles: ['admin', 'hr'] },
    { id: 'development.plans.read-all', description: 'See every development plan', defaultRoles: ['admin', 'hr'] },
    { id: 'development.plans.write', description: 'Write development plans', defaultRoles: ['admin', 'hr', 'manager'] },
  ],
});
