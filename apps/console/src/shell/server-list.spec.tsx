// The kit's useServerList inside the real console: what it reads from the URL (and ignores),
// how it reaches a page by link (walking the cursors once) and how paging and filters write back.
import { defineConsolePart } from '@cadre/sdk/console';
import { useServerList } from '@cadre/sdk/console/kit';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Table } from 'antd';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../test/render-console';

type Args = { filter: Record<string, string>; sort: { field: string; direction: string }; first: number; after: string | null };
const calls: Array<{ via: 'walk' | 'fetch' } & Args> = [];
const TOTAL = 130;
/** Rows r0…r129; a cursor is the index after the last row served. */
const serve = ({ first, after }: Args) => {
  const from = after ? Number(after) : 0;
  const nodes = Array.from({ length: Math.max(0, Math.min(first, TOTAL - from)) }, (_, i) => ({ id: `r${from + i}` }));
  return { nodes, totalCount: TOTAL, pageInfo: { endCursor: String(from + nodes.length), hasNextPage: from + nodes.length < TOTAL } };
};

function ListPage() {
  const list = useServerList<{ id: string }, 'kind', 'NAME' | 'DATE'>({
    key: 'KitList',
    filters: ['kind'],
    sorts: ['NAME', 'DATE'],
    defaultSort: { field: 'DATE', direction: 'DESC' },
    fetch: async (a) => (calls.push({ via: 'fetch', ...a }), serve(a)),
    walk: async (a) => (calls.push({ via: 'walk', ...a }), serve(a)),
  });
  return (
    <div>
      <span data-testid="state">{JSON.stringify({ filter: list.filter, sort: list.sort, page: list.page, size: list.size })}</span>
      <button type="button" onClick={() => list.update({ kind: 'b' })}>kind b</button>
      {/* Two changes before the next render, as a filter picked and a search sent at once. */}
      <button type="button" onClick={() => { list.update({ kind: 'c' }); list.setSort('NAME', 'ASC'); }}>two at once</button>
      <Table rowKey="id" dataSource={list.nodes} columns={[{ title: 'Id', dataIndex: 'id', key: 'NAME', sorter: true, sortOrder: list.sortOrder('NAME') }]} {...list.tableProps} />
    </div>
  );
}

const part = defineConsolePart({ id: 'kitlist', routes: [{ path: '/kitlist', title: 'kitlist.title', permission: 'kitlist.read', load: async () => ({ default: ListPage }) }], messages: { 'en-US': { 'kitlist.title': 'List' }, 'zh-CN': { 'kitlist.title': '列表' } } });
const state = () => JSON.parse(screen.getByTestId('state').textContent!);

describe("the kit's server list", () => {
  it('reads filters, sort, page and size from the URL, ignoring unknown parameters and values', async () => {
    calls.length = 0;
    renderConsole({ path: '/kitlist?kind=a&bogus=x&sort=-NAME&page=2&size=50', parts: [part], viewer: { permissions: ['kitlist.read'] } });
    expect(await screen.findByText('r50')).toBeTruthy();
    expect(state()).toEqual({ filter: { kind: 'a' }, sort: { field: 'NAME', direction: 'DESC' }, page: 2, size: 50 });
    // Page 2 by link: one cheap walk over the 50 rows before it, then the page itself.
    expect(calls.map((c) => [c.via, c.first, c.after])).toEqual([['walk', 50, null], ['fetch', 50, '50']]);
    expect(calls.every((c) => c.filter.kind === 'a' && !('bogus' in c.filter) && c.sort.field === 'NAME' && c.sort.direction === 'DESC')).toBe(true);
    expect(screen.getByText('130 in total')).toBeTruthy();

    // The next page uses the cursor already known: no walk.
    fireEvent.click(screen.getByTitle('3'));
    expect(await screen.findByText('r100')).toBeTruthy();
    expect(calls.slice(2).map((c) => [c.via, c.after])).toEqual([['fetch', '100']]);

    // A new filter starts again at page 1 and keeps the order.
    fireEvent.click(screen.getByText('kind b'));
    await waitFor(() => expect(state()).toEqual({ filter: { kind: 'b' }, sort: { field: 'NAME', direction: 'DESC' }, page: 1, size: 50 }));
    expect(await screen.findByText('r0')).toBeTruthy();

    // Two changes in one go both reach the URL: the second starts from the first, not the render.
    fireEvent.click(screen.getByText('two at once'));
    await waitFor(() => expect(state()).toEqual({ filter: { kind: 'c' }, sort: { field: 'NAME', direction: 'ASC' }, page: 1, size: 50 }));
  });

  it('falls back to the default order and the first size for values it does not know', async () => {
    calls.length = 0;
    renderConsole({ path: '/kitlist?sort=NOPE&size=7&page=-3', parts: [part], viewer: { permissions: ['kitlist.read'] } });
    expect(await screen.findByText('r0')).toBeTruthy();
    expect(state()).toEqual({ filter: {}, sort: { field: 'DATE', direction: 'DESC' }, page: 1, size: 20 });
    expect(calls.map((c) => [c.via, c.first, c.after])).toEqual([['fetch', 20, null]]);
    // Sorting by the column asks for NAME ascending, from page 1.
    fireEvent.click(screen.getByText('Id'));
    await waitFor(() => expect(state().sort).toEqual({ field: 'NAME', direction: 'ASC' }));
    expect(calls.at(-1)).toMatchObject({ via: 'fetch', sort: { field: 'NAME', direction: 'ASC' }, after: null });
  });
});
