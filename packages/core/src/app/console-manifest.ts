// Which plugin packages a deployment's console was built with (`cadre console build` writes it next
// to index.html), so that a server loading other packages says the console is stale instead of
// silently showing pages without the new plugin's part.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CONSOLE_MANIFEST = 'cadre-console.json';

export interface ConsoleManifest {
  builtAt: string;
  /** The plugin packages named when the console was built (with or without a console part). */
  packages: string[];
}

export function writeConsoleManifest(dir: string, packages: string[]): void {
  const manifest: ConsoleManifest = { builtAt: new Date().toISOString(), packages: [...packages].sort() };
  writeFileSync(join(dir, CONSOLE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** A warning when the console in `dir` was built for other plugin packages than `packages`, else null. */
export function staleConsoleWarning(dir: string, packages: string[]): string | null {
  const file = join(dir, CONSOLE_MANIFEST);
  const now = [...packages].sort();
  let built: string[] = [];
  if (existsSync(file)) {
    try {
      built = (JSON.parse(readFileSync(file, 'utf8')) as ConsoleManifest).packages ?? [];
    } catch {
      return `the console in ${dir} has an unreadable ${CONSOLE_MANIFEST}: run \`cadre console build\``;
    }
  }
  if (built.join('\n') === now.join('\n')) return null;
  const list = (names: string[]) => (names.length ? names.join(', ') : 'none');
  return `the console in ${dir} was built with the plugin packages ${list(built)} but the server loads ${list(now)}: their pages differ until \`cadre console build\` runs again`;
}
