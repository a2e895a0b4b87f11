// The plugins whose console parts this console build includes: ONE explicit list of the
// first-party ones, no scanning, plus the installed plugin packages that `cadre console build`
// composes at deploy time. At run time each part is shown only when the server enables its
// plugin and the account holds its permissions.
import type { ConsolePart } from '@cadre/sdk/console';
import packages from 'virtual:cadre/plugin-packages';
import attraction from '@cadre/plugin-attraction/console';
import development from '@cadre/plugin-development/console';
import incentives from '@cadre/plugin-incentives/console';
import insights from '@cadre/plugin-insights/console';
import knowledge from '@cadre/plugin-knowledge/console';
import structure from '@cadre/plugin-structure/console';

export const PLUGIN_CONSOLE_PARTS: readonly ConsolePart[] = [structure, knowledge, attraction, incentives, development, insights, ...packages];
