import { UserInputError } from '@cadre/sdk';
import { msg } from '@cadre/sdk';

export const PAGE_MAX = 100;

/** first: 1–100 items, from offset ≥ 0. */
export function checkPage(first: number, offset: number): void {
  if (first < 1 || first > PAGE_MAX) throw new UserInputError('first', msg`must be from 1 to ${PAGE_MAX}`);
  if (offset < 0) throw new UserInputError('offset', 'must not be negative');
}
