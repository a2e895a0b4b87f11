// Filled by vite/plugin-packages.ts: the console parts of plugin packages (`cadre console build`).
declare module 'virtual:cadre/plugin-packages' {
  import type { ConsolePart } from '@cadre/sdk/console';
  const parts: readonly ConsolePart[];
  export default parts;
}
