import type { ThemeMode } from './preferences-context';

const KEY = 'cadre.theme';

export function initialTheme(storage: Pick<Storage, 'getItem'> = localStorage): ThemeMode {
  const saved = storage.getItem(KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function rememberTheme(theme: ThemeMode, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(KEY, theme);
}
