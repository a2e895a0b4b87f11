import type { Translate } from '@cadre/sdk/console';

/** A job family's label: the translated name for known families, the id otherwise. */
export function familyLabel(t: Translate, family: string | null | undefined): string {
  if (!family) return '—';
  const key = `attraction.family.${family}`;
  const label = t(key);
  return label === key ? family : label;
}
