// Keyset ("cursor") pagination for any list: rows ordered by one NOT NULL column and the id,
// the next page read from where the cursor points (WHERE col > v OR col = v AND id > id), so a
// page deep in a long list costs the same as the first and rows added meanwhile never shift it.
import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { countRows } from '../database/scoped-repository.js';
import { UserInputError } from '../graphql/errors.js';
import { msg } from '../i18n/msg.js';

export type SortDirection = 'ASC' | 'DESC';

/** One sortable column: its SQL expression (NOT NULL) and how to read its stored value from a row. */
export interface KeysetSort<T> {
  /** A stable name, written into the cursor so that a cursor of another sort is refused. */
  key: string;
  column: string;
  direction: SortDirection;
  value(row: T): string | number;
}

export interface KeysetPage<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

export const PAGE_SIZE_MAX = 200;

export function encodeCursor(sort: { key: string; direction: SortDirection }, value: string | number, id: string): string {
  return Buffer.from(JSON.stringify([sort.key, sort.direction, value, id])).toString('base64url');
}

function decodeCursor(cursor: string, sort: { key: string; direction: SortDirection }): [string | number, string] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 4 || typeof parsed[3] !== 'string' || !['string', 'number'].includes(typeof parsed[2])) {
    throw new UserInputError('after', msg`is not a cursor returned by this API`);
  }
  if (parsed[0] !== sort.key || parsed[1] !== sort.direction) throw new UserInputError('after', msg`belongs to another sort order; start again from the first page`);
  return [parsed[2] as string | number, parsed[3]];
}

/**
 * One page of `q` (filters already applied): `first` rows after the `after` cursor in the sort's
 * order, with the count of every row the filters match. `idColumn` breaks ties (e.g. 't.id').
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  q: SelectQueryBuilder<T>,
  options: { first: number; after?: string | null; sort: KeysetSort<T>; idColumn: string },
): Promise<KeysetPage<T>> {
  const { first, after, sort, idColumn } = options;
  if (!Number.isInteger(first) || first < 1 || first > PAGE_SIZE_MAX) throw new UserInputError('first', msg`must be from 1 to ${PAGE_SIZE_MAX}`);
  const totalCount = await countRows(q);
  const op = sort.direction === 'ASC' ? '>' : '<';
  if (after) {
    const [value, id] = decodeCursor(after, sort);
    q.andWhere(new Brackets((b) => b.where(`${sort.column} ${op} :__kv`, { __kv: value }).orWhere(`${sort.column} = :__kv AND ${idColumn} ${op} :__kid`, { __kv: value, __kid: id })));
  }
  const rows = await q.orderBy(sort.column, sort.direction).addOrderBy(idColumn, sort.direction).take(first + 1).getMany();
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return { nodes, totalCount, pageInfo: { endCursor: last ? encodeCursor(sort, sort.value(last), last.id) : null, hasNextPage: rows.length > first } };
}
