import type { PluginDefinition } from '@cadre/core';
import { attractionPlugin } from '@cadre/plugin-attraction';
import { developmentPlugin } from '@cadre/plugin-development';
import { incentivesPlugin } from '@cadre/plugin-incentives';
import { insightsPlugin } from '@cadre/plugin-insights';
import { knowledgePlugin } from '@cadre/plugin-knowledge';
import { structurePlugin } from '@cadre/plugin-structure';

/**
 * The plugins this server build ships, in one explicit list (no scanning). Which of them run
 * is chosen per deployment by CADRE_PLUGINS; by default all of them.
 */
export const FIRST_PARTY_PLUGINS: PluginDefinition[] = [structurePlugin, knowledgePlugin, attractionPlugin, incentivesPlugin, developmentPlugin, insightsPlugin];
