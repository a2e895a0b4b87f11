// Secondary text: side notes next to a value, and the dash that stands for "no value".
import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function Muted({ children }: { children: ReactNode }) {
  return <Typography.Text type="secondary" style={{ fontSize: 12 }}>{children}</Typography.Text>;
}

/** No value (unset, not withheld — that is HiddenTag): a muted dash. */
export function None() {
  return <Typography.Text type="secondary">—</Typography.Text>;
}
