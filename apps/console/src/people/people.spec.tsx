import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../test/render-console';

const row = (id: string, name: string, compensation: { base: number; currency: string } | null) => ({
  id, name, email: `${id}@demo.local`, title: 'Engineer', level: 'P5', track: 'ic', status: 'active', location: 'Beijing', compensation,
});

describe('the people directory', () => {
  it("shows withheld pay as hidden, and visible pay in major units with its currency", async () => {
    renderConsole({
      path: '/people',
      viewer: { permissions: ['people.read'] },
      handlers: {
        PeopleList: () => ({
          data: { people: { totalCount: 2, pageInfo: { endCursor: 'c2', hasNextPage: false }, nodes: [row('me', 'Zhu Chen', { base: 62000000, currency: 'CNY' }), row('boss', 'Gao Fei', null)] } },
          errors: [{ message: 'compensation is visible only to its subject…', path: ['people', 'nodes', '1', 'compensation'], extensions: { code: 'FORBIDDEN' } }],
        }),
      },
    });
    const mine = (await screen.findByRole('link', { name: 'Zhu Chen' })).closest('tr')!;
    const theirs = screen.getByRole('link', { name: 'Gao Fei' }).closest('tr')!;
    expect(within(mine).getByTestId('money').textContent).toBe('CN¥620,000.00');
    expect(within(theirs).getByTestId('hidden-value').textContent).toContain('Hidden');
    expect(within(mine).queryByTestId('hidden-value')).toBeNull();
  });

  it('sends the search as a filter and offers no create or import without the permissions', async () => {
    const { server } = renderConsole({
      path: '/people',
      viewer: { permissions: ['people.read'] },
      handlers: { PeopleList: () => ({ data: { people: { totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, nodes: [] } } }) },
    });
    const search = await screen.findByPlaceholderText('Search name, email or title');
    fireEvent.change(search, { target: { value: 'wei' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(server.calls.some((c) => c.operation === 'PeopleList' && (c.variables.filter as { search?: string })?.search === 'wei')).toBe(true));
    expect(screen.queryByText('New person')).toBeNull();
    expect(screen.queryByText('Import CSV')).toBeNull();
  });

  it("shows the API's validation message on the field it names", async () => {
    const { server } = renderConsole({
      path: '/people/new',
      viewer: { permissions: ['people.read', 'people.write'] },
      handlers: {
        PeopleOptions: () => ({ data: { people: { nodes: [] } } }),
        CreatePerson: () => ({ data: null, errors: [{ message: 'input.level: must be a short code such as L5', extensions: { code: 'BAD_USER_INPUT', field: 'input.level', problems: [{ field: 'input.level', message: 'must be a short code such as L5' }] } }] }),
      },
    });
    fireEvent.change(await screen.findByLabelText('Name'), { target: { value: 'Ada' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ada@demo.local' } });
    fireEvent.change(screen.getByLabelText('Level'), { target: { value: 'L 5' } });
    fireEvent.click(screen.getByRole('button', { name: /Create/ }));
    const message = await screen.findByText('must be a short code such as L5');
    expect(message.closest('.ant-form-item')?.querySelector('#level')).toBeTruthy();
    expect(server.calls.find((c) => c.operation === 'CreatePerson')?.variables).toMatchObject({ input: { name: 'Ada', email: 'ada@demo.local', level: 'L 5' } });
  });

  it('jumps straight to page n by fetching only the cursor before it, then pages on from there', async () => {
    const nodes = (page: number) => Array.from({ length: 20 }, (_, i) => row(`p${page}-${i}`, `Person ${page}-${i}`, null));
    const { server } = renderConsole({
      path: '/people?page=3',
      viewer: { permissions: ['people.read'] },
      handlers: {
        PeopleCursor: (v) => ({ data: { people: { pageInfo: { endCursor: `after-${v.first}`, hasNextPage: true } } } }),
        PeopleList: (v) => {
          const page = v.after === 'after-40' ? 3 : v.after === 'end-of-3' ? 4 : 0;
          return { data: { people: { totalCount: 100, pageInfo: { endCursor: `end-of-${page}`, hasNextPage: true }, nodes: nodes(page) } } };
        },
      },
    });
    await screen.findByRole('link', { name: 'Person 3-0' });
    expect(server.calls.filter((c) => c.operation.startsWith('People')).map((c) => [c.operation, c.variables.first, c.variables.after])).toEqual([
      ['PeopleCursor', 40, null],
      ['PeopleList', 20, 'after-40'],
    ]);
    fireEvent.click(screen.getByTitle('4'));
    await screen.findByRole('link', { name: 'Person 4-0' });
    expect(server.calls.filter((c) => c.operation.startsWith('People')).slice(2).map((c) => [c.operation, c.variables.after])).toEqual([['PeopleList', 'end-of-3']]);
  });
});
