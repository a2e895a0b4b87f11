// The plugins whose console parts this console build includes: ONE explicit list, no scanning.
// Add a plugin by importing its package's `./console` export and adding the package to this
// app's dependencies. At run time each part is shown only when the server enables its plugin
// and the account holds its permissions.
import type { ConsolePart } from '@cadre/sdk/console';
import attraction from '@cadre/plugin-attraction/console';
import development from '@cadre/plugin-development/console';
import incentives from '@cadre/plugin-incentives/console';
import insights from '@cadre/plugin-insights/console';
import knowledge from '@cadre/plugin-knowledge/console';
import structure from '@cadre/plugin-structure/console';

export const PLUGIN_CONSOLE_PARTS: readonly ConsolePart[] = [structure, knowledge, attraction, incentives, development, insights];
