import { Tag } from 'antd';
import type { Translate } from '../context.js';

/** Each state's antd tag colour (`processing`, `success`, `gold`…); a state not listed is `default`. */
export type TagColors = Readonly<Record<string, string>>;

/**
 * A tag component for one kind of state: `<PlanStatusTag value="ACTIVE" />` shows the message
 * `<keyPrefix>.ACTIVE` in its colour. `useT` is the plugin's translator hook, as its page texts
 * are the plugin's own messages.
 */
export function statusTag(useT: () => Translate, keyPrefix: string, colors: TagColors, testId?: string) {
  function StatusTag({ value }: { value: string }) {
    const t = useT();
    return <Tag color={colors[value] ?? 'default'} data-testid={testId}>{t(`${keyPrefix}.${value}`)}</Tag>;
  }
  StatusTag.displayName = `StatusTag(${keyPrefix})`;
  return StatusTag;
}
