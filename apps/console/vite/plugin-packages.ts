import type { Plugin } from 'vite';

// The console parts of plugin packages, composed at deploy time by `cadre console build`: it
// passes their entry files in CADRE_CONSOLE_PACKAGES (a JSON list of absolute paths), and this
// module becomes `export default [part, …]`. An ordinary build gets an empty list.
export const PACKAGES_MODULE = 'virtual:cadre/plugin-packages';
const RESOLVED = `\0${PACKAGES_MODULE}`;

export function pluginPackages(entries: string[] = parseEntries(process.env.CADRE_CONSOLE_PACKAGES)): Plugin {
  return {
    name: 'cadre-plugin-packages',
    resolveId: (id) => (id === PACKAGES_MODULE ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const imports = entries.map((file, i) => `import part${i} from ${JSON.stringify(file)};`);
      return `${imports.join('\n')}\nexport default [${entries.map((_, i) => `part${i}`).join(', ')}];\n`;
    },
  };
}

function parseEntries(raw: string | undefined): string[] {
  if (!raw) return [];
  const list: unknown = JSON.parse(raw);
  if (!Array.isArray(list) || list.some((f) => typeof f !== 'string')) throw new Error('CADRE_CONSOLE_PACKAGES: expected a JSON list of file paths');
  return list;
}
