import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { defineConsolePart } from '@cadre/sdk/console';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../test/render-console';
import type { Job } from './job-state';

const job = (id: string, state: string, extra: Partial<Job> = {}): Job => ({
  id, type: 'people.import', state, progress: state === 'completed' ? 100 : 0, result: null, error: null, attempts: 1,
  createdAt: '2026-12-04T08:00:00.000Z', finishedAt: state === 'completed' || state === 'failed' ? '2026-12-04T08:00:05.000Z' : null, ...extra,
});
const none = { waiting: [], active: [], delayed: [], completed: [], failed: [] };
const failedJob = job('j-failed', 'failed', { attempts: 5, progress: 10, error: 'Importing compensation needs the permission people.compensation.write', createdAt: '2026-12-04T09:00:00.000Z' });
const doneJob = job('j-done', 'completed', { createdAt: '2026-12-04T07:00:00.000Z' });

describe('the background jobs page', () => {
  it('lists every state newest first, with the error of a failed job and Retry for holders of jobs.manage', async () => {
    let retried = false;
    const { server } = renderConsole({
      path: '/jobs',
      viewer: { permissions: ['jobs.read', 'jobs.manage'], roles: ['admin'] },
      handlers: {
        AllJobs: () => ({ data: { ...none, completed: [doneJob], failed: retried ? [] : [failedJob], waiting: retried ? [{ ...failedJob, state: 'waiting', error: null }] : [] } }),
        RetryJob: (v) => {
          retried = true;
          return { data: { retryJob: { ...failedJob, id: String(v.id), state: 'waiting', error: null } } };
        },
      },
    });
    const error = await screen.findByText(failedJob.error!);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByTestId('job-state').textContent)).toEqual(['Failed', 'Completed']);
    const failedRow = error.closest('tr')!;
    expect(within(failedRow).getByText('People import')).toBeTruthy();
    expect(within(failedRow).getByText('5')).toBeTruthy();
    expect(within(rows[1]).queryByRole('button', { name: 'Retry' })).toBeNull();

    fireEvent.click(within(failedRow).getByRole('button', { name: 'Retry' }));
    await screen.findByText('People import queued again');
    expect(server.calls.find((c) => c.operation === 'RetryJob')?.variables).toEqual({ id: 'j-failed' });
    // The list is asked again after the retry: the job is waiting now, so nothing is left to retry.
    await waitFor(() => expect(screen.getAllByTestId('job-state').map((tag) => tag.textContent)).toEqual(['Waiting', 'Completed']));
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('offers no Retry without jobs.manage', async () => {
    renderConsole({ path: '/jobs', viewer: { permissions: ['jobs.read'], roles: ['hr'] }, handlers: { AllJobs: () => ({ data: { ...none, failed: [failedJob] } }) } });
    await screen.findByText(failedJob.error!);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('reads the state filter from the URL and changes it there', async () => {
    const { server } = renderConsole({
      path: '/jobs?state=failed',
      viewer: { permissions: ['jobs.read'] },
      handlers: { Jobs: (v) => ({ data: { jobs: v.state === 'failed' ? [failedJob] : [] } }) },
    });
    await screen.findByText(failedJob.error!);
    expect(server.calls.filter((c) => c.operation.endsWith('Jobs')).map((c) => [c.operation, c.variables.state])).toEqual([['Jobs', 'failed']]);
    fireEvent.click(screen.getByText('Completed'));
    await screen.findByText('No jobs in the state “Completed”');
    expect(server.calls.filter((c) => c.operation === 'Jobs').map((c) => c.variables.state)).toEqual(['failed', 'completed']);
  });

  it('says when there are no jobs at all', async () => {
    renderConsole({ path: '/jobs', viewer: { permissions: ['jobs.read'] }, handlers: { AllJobs: () => ({ data: none }) } });
    expect(await screen.findByText('No background jobs yet')).toBeTruthy();
    expect(screen.queryByTestId('jobs-auto-refresh')).toBeNull();
  });

  it('refreshes by itself while a job runs, and stops when none does', async () => {
    let calls = 0;
    const { server } = renderConsole({
      path: '/jobs',
      viewer: { permissions: ['jobs.read'] },
      handlers: { AllJobs: () => (++calls === 1 ? { data: { ...none, active: [job('j-1', 'active', { progress: 40 })] } } : { data: { ...none, completed: [job('j-1', 'completed')] } }) },
    });
    expect(await screen.findByTestId('jobs-auto-refresh')).toBeTruthy();
    expect(screen.getByText('40%')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('job-state').textContent).toBe('Completed'));
    expect(screen.queryByTestId('jobs-auto-refresh')).toBeNull();
    await new Promise((r) => setTimeout(r, 2500));
    expect(server.calls.filter((c) => c.operation === 'AllJobs')).toHaveLength(2);
  });

  it('is in the admin navigation after the audit log for holders of jobs.read, and refused to others', async () => {
    renderConsole({ viewer: { permissions: ['people.read', 'audit.read', 'jobs.read', 'settings.read'] }, handlers: { AllJobs: () => ({ data: none }) } });
    const nav = await screen.findByRole('navigation', { name: 'main' });
    expect(within(nav).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Dashboard', 'People', 'Audit log', 'Background jobs', 'Settings', 'My profile']);
  });

  it('refuses the page to an account without jobs.read', async () => {
    renderConsole({ path: '/jobs', viewer: { permissions: ['people.read'] } });
    expect(await screen.findByText('You do not have access to this page')).toBeTruthy();
  });

  it("names a plugin's job by the plugin's message (<plugin>.job.<name>), in the console's language", async () => {
    const okr = defineConsolePart({ id: 'okr', messages: { 'en-US': { 'okr.job.sync': 'OKR sync' }, 'zh-CN': { 'okr.job.sync': 'OKR 同步' } } });
    const jobs = [job('j-1', 'completed', { type: 'okr.sync' }), job('j-2', 'completed', { type: 'okr.unnamed', createdAt: '2026-12-04T06:00:00.000Z' })];
    renderConsole({ path: '/jobs', parts: [okr], locale: 'zh-CN', viewer: { permissions: ['jobs.read'] }, handlers: { AllJobs: () => ({ data: { ...none, completed: jobs } }) } });
    expect(await screen.findByText('OKR 同步')).toBeTruthy();
    expect(screen.getByText('okr.unnamed')).toBeTruthy();
  });
});
