import { definePlugin } from '@cadre/sdk';

/**
 * Make what people know findable: knowledge base, talks, expertise finder.
 * This declaration reserves the plugin's id and permissions; its domain is built on top of it.
 */
export const knowledgePlugin = definePlugin({
  id: 'knowledge',
  version: '0.1.0',
  sdk: '^0.1.0',
  description: 'Make what people know findable: knowledge base, talks, expertise finder',
  dependencies: ['structure'],
  permissions: [
    { id: 'knowledge.items.read', description: 'Read the knowledge base', defaultRoles: ['admin', 'hr', 'recruiter', 'manager', 'employee'] },
    { id: 'knowledge.items.write', description: 'Write knowledge items', defaultRoles: ['admin', 'hr', 'manager', 'employee'] },
    { id: 'knowledge.talks.read', description: 'See tech talks and sessions', defaultRoles: ['admin', 'hr', 'recruiter', 'manager', 'employee'] },
    { id: 'knowledge.talks.write', description: 'Schedule talks and record attendance', defaultRoles: ['admin', 'hr', 'manager', 'employee'] },
    { id: 'knowledge.expertise.read', description: 'Use the expertise finder', defaultRoles: ['admin', 'hr', 'recruiter', 'manager', 'employee'] },
  ],
});
