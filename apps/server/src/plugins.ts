import type { PluginDefinition } from '@cadre/core';

/**
 * The plugins this server build ships, in one explicit list (no scanning). Which of them run
 * is chosen per deployment by CADRE_PLUGINS; by default all of them.
 */
export const FIRST_PARTY_PLUGINS: PluginDefinition[] = [];
