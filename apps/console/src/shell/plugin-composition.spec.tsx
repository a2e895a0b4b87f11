import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { brokenPart, okrPart } from '../test/fake-plugin';
import { renderConsole } from '../test/render-console';

const person = {
  id: 'p-2', name: 'Li Wei', email: 'li.wei@demo.local', title: 'Research Manager', level: 'M6', track: 'management', status: 'active',
  location: 'Beijing', hireDate: '2021-07-01', managerId: null, orgUnitId: null, createdAt: '2021-07-01', updatedAt: '2021-07-01',
  compensation: null, manager: null, reports: [],
};

describe("plugins' console parts in the shell", () => {
  it("routes to a plugin's lazy page, which reads the console through useCadre()", async () => {
    renderConsole({ path: '/okr/42', parts: [okrPart], viewer: { permissions: ['okr.read'], name: 'Zhu Chen' } });
    expect(await screen.findByRole('heading', { name: 'Goals' })).toBeTruthy();
    expect(screen.getByText('Goals for Zhu Chen')).toBeTruthy();
    expect(screen.getByText('read only')).toBeTruthy();
    expect(screen.getByText('param:42')).toBeTruthy();
  });

  it('hides a plugin the server does not enable, even from an account holding its permission', async () => {
    renderConsole({ path: '/okr', parts: [okrPart], viewer: { permissions: ['okr.read', 'plugins.read'] }, enabledPlugins: ['attraction'] });
    const nav = await screen.findByRole('navigation', { name: 'main' });
    expect(within(nav).queryByText('Goals')).toBeNull();
    expect(await screen.findByText('You do not have access to this page')).toBeTruthy();
  });

  it("adds a plugin's tab to a person's page and hands it the person's id", async () => {
    renderConsole({ path: '/people/p-2', parts: [okrPart], viewer: { permissions: ['people.read', 'okr.read'] }, handlers: { Person: () => ({ data: { person } }) } });
    const tab = await screen.findByRole('tab', { name: 'Goals' });
    fireEvent.click(tab);
    expect(await screen.findByText('goals of p-2')).toBeTruthy();
  });

  it('leaves the tab out for an account without the permission', async () => {
    renderConsole({ path: '/people/p-2', parts: [okrPart], viewer: { permissions: ['people.read', 'okr.other'] }, handlers: { Person: () => ({ data: { person } }) } });
    await screen.findByRole('tab', { name: 'Overview' });
    expect(screen.queryByRole('tab', { name: 'Goals' })).toBeNull();
  });

  it('loads each dashboard widget on its own: broken ones show an error, the rest still render', async () => {
    // React and the boundary report the two deliberate failures on the console.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    onTestFinished(() => quiet.mockRestore());
    renderConsole({ path: '/', parts: [okrPart, brokenPart], viewer: { permissions: ['okr.read', 'broken.read'] } });
    expect(await screen.findByText('3 goals due this quarter')).toBeTruthy();
    const failures = await screen.findAllByText('This widget could not load');
    expect(failures).toHaveLength(2);
    expect(screen.getByText('chunk failed to load')).toBeTruthy();
    expect(screen.getByText('the widget blew up')).toBeTruthy();
    // The greeting waits for its own query: under load it can come after the widgets.
    expect(await screen.findByText(/Welcome, Zhu Chen/)).toBeTruthy();
  });

  it("shows a core widget's empty state when there is nothing to count", async () => {
    renderConsole({
      path: '/',
      viewer: { permissions: ['people.read'] },
      handlers: {
        HeadcountByStatus: () => ({ data: { headcount: { total: 0, byStatus: [] } } }),
        HeadcountByLevel: () => ({ data: { headcount: { byLevel: [] } } }),
      },
    });
    const status = await screen.findByTestId('widget-core:headcount-status');
    expect(await within(status).findByText('Nothing here yet')).toBeTruthy();
    const levels = screen.getByTestId('widget-core:headcount-level');
    expect(await within(levels).findByText('Nothing here yet')).toBeTruthy();
  });
});
