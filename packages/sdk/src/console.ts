// @cadre/sdk/console — the plugin contract on the console side (browser code: needs React as a
// peer; nothing here reaches the server-side SDK). A plugin exposes a part from its package's
// `./console` export:
//
//   export default defineConsolePart({
//     id: 'okr-goals',
//     routes: [{ path: '/okr-goals', title: 'okr-goals.title', permission: 'okr-goals.read', load: () => import('./GoalsPage.js') }],
//     navigation: [{ key: 'okr-goals', path: '/okr-goals', label: 'okr-goals.title', permission: 'okr-goals.read' }],
//     slots: [{ slot: 'person.tabs', key: 'goals', title: 'okr-goals.title', load: () => import('./PersonGoals.js') }],
//     messages: { 'en-US': { 'okr-goals.title': 'Goals' }, 'zh-CN': { 'okr-goals.title': '目标' } },
//   });
//
// and its pages are ordinary React using useCadre()/useCadreQuery() with typed documents.
export * from './console/types.js';
export * from './console/graphql.js';
export * from './console/format.js';
export * from './console/context.js';
export * from './console/job.js';
export * from './console/form-errors.js';
export { defineConsolePart, ConsolePartError } from './console/define.js';
// The console kit: the pieces every plugin page shows the same way. Texts come from the host's
// messages (kit/messages.ts lists the keys). The chart is a separate entry: '@cadre/sdk/console/chart'.
export type { KitMessageKey } from './console/kit/messages.js';
export { ExportButton } from './console/kit/ExportButton.js';
export { HiddenTag } from './console/kit/HiddenTag.js';
export { LoadFailed } from './console/kit/LoadFailed.js';
export { Method } from './console/kit/Method.js';
export { MoneyText, type MoneyTextProps } from './console/kit/MoneyText.js';
export { Muted, None } from './console/kit/Muted.js';
export { NavLink } from './console/kit/NavLink.js';
export { Problems } from './console/kit/Problems.js';
export { Section } from './console/kit/Section.js';
export { errorText, useRun } from './console/kit/useRun.js';
export { queryParam } from './console/kit/query-param.js';
