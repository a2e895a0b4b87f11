import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { okrPart } from '../test/fake-plugin';
import { renderConsole } from '../test/render-console';

const ALL_CORE = ['people.read', 'people.write', 'people.import', 'roles.read', 'audit.read', 'jobs.read', 'plugins.read', 'settings.read'];

async function navLabels(): Promise<string[]> {
  const nav = await screen.findByRole('navigation', { name: 'main' });
  return within(nav).getAllByRole('menuitem').map((item) => item.textContent ?? '');
}

describe('navigation filtered by permissions', () => {
  it('shows an employee the directory and their profile, and no admin pages', async () => {
    renderConsole({ viewer: { permissions: ['people.read'] } });
    expect(await navLabels()).toEqual(['Dashboard', 'People', 'My profile']);
  });

  it('shows an owner every core page, in order', async () => {
    renderConsole({ viewer: { permissions: ALL_CORE, roles: ['owner'] } });
    expect(await navLabels()).toEqual(['Dashboard', 'People', 'Roles & permissions', 'Audit log', 'Background jobs', 'Plugins', 'Settings', 'My profile']);
  });

  it('shows HR the roles, plugins and settings but not the audit log', async () => {
    renderConsole({ viewer: { permissions: ALL_CORE.filter((p) => p !== 'audit.read'), roles: ['hr'] } });
    const labels = await navLabels();
    expect(labels).toContain('Roles & permissions');
    expect(labels).not.toContain('Audit log');
  });

  it('refuses a page the account may not open, even when typed into the address bar', async () => {
    renderConsole({ path: '/roles', viewer: { permissions: ['people.read'] } });
    expect(await screen.findByText('You do not have access to this page')).toBeTruthy();
    expect(screen.queryByText('Permission matrix')).toBeNull();
  });

  it("files a plugin's entry between the core's pages by its order", async () => {
    renderConsole({ parts: [okrPart], viewer: { permissions: ['people.read', 'roles.read', 'okr.read'] } });
    expect(await navLabels()).toEqual(['Dashboard', 'People', 'Goals', 'Roles & permissions', 'My profile']);
  });

  it('shows breadcrumbs from the route titles', async () => {
    renderConsole({ path: '/people/new', viewer: { permissions: ['people.read', 'people.write'] }, handlers: { PeopleOptions: () => ({ data: { people: { nodes: [] } } }) } });
    const crumbs = await screen.findByRole('navigation', { name: /breadcrumb/i });
    expect(crumbs.textContent).toBe('Home/People/New person');
    expect(within(crumbs).getByRole('link', { name: 'People' }).getAttribute('href')).toBe('/people');
  });
});
