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
export * from './console/page-messages.js';
export { defineConsolePart, ConsolePartError } from './console/define.js';
// The console kit (components every plugin page shows the same way) is its own entry,
// '@cadre/sdk/console/kit', and the chart another, '@cadre/sdk/console/chart': this one is on the
// console's first page, they load with the pages that use them.
