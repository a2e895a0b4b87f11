import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Job } from '../jobs/job-state';
import { renderConsole } from '../test/render-console';
import { dataRows, parseReport } from './import-report';

const IMPORTER = ['people.read', 'people.import'];
const CSV = 'name,email,level\nGrace Hopper,grace@demo.local,P6\nAlan Turing,alan@demo.local,P7\n';

const job = (state: string, extra: Partial<Job> = {}): { data: { job: Job } } => ({
  data: { job: { id: 'j-1', type: 'people.import', state, progress: 0, result: null, error: null, attempts: 1, createdAt: '2026-12-04T08:00:00.000Z', finishedAt: null, ...extra } },
});
const report = (r: object) => JSON.stringify(r);

async function upload(container: HTMLElement, csv = CSV) {
  await screen.findByText('Click or drop a CSV file here'); // the page is loaded lazily
  const input = container.querySelector('input[type=file]')!;
  fireEvent.change(input, { target: { files: [new File([csv], 'people.csv', { type: 'text/csv' })] } });
  await screen.findByTestId('import-file');
}

describe('the people import as a job', () => {
  it('previews the file, starts the job, follows its progress and shows the report', async () => {
    let polls = 0;
    const { container, server } = renderConsole({
      path: '/people/import',
      viewer: { permissions: IMPORTER },
      handlers: {
        StartPeopleImport: () => ({ data: { startPeopleImport: { id: 'j-1', state: 'waiting' } } }),
        Job: () => (++polls === 1 ? job('active', { progress: 40 }) : job('completed', { progress: 100, result: report({ rows: 2, imported: 2, errors: [] }) })),
      },
    });
    await upload(container);
    expect(screen.getByTestId('import-file').textContent).toContain('people.csv: 2 data rows');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    // The server's own progress while it runs, then the report once it has finished.
    await screen.findByText('Importing 2 rows…');
    expect(screen.getByTestId('import-progress').textContent).toBe('40%');
    expect(await screen.findByText('Imported 2 of 2 rows')).toBeTruthy();
    expect(server.calls.find((c) => c.operation === 'StartPeopleImport')?.variables).toEqual({ csv: CSV });
    expect(server.calls.filter((c) => c.operation === 'Job').map((c) => c.variables)).toEqual([{ id: 'j-1' }, { id: 'j-1' }]);
  });

  it('shows the job of a ?job= link (a reload), with every row problem naming its row and column', async () => {
    const { server } = renderConsole({
      path: '/people/import?job=j-7',
      viewer: { permissions: IMPORTER },
      handlers: {
        Job: () => job('completed', { id: 'j-7', progress: 100, result: report({ rows: 3, imported: 0, errors: [{ row: 3, field: 'email', message: 'must be an email address' }, { row: 2, field: 'hire_date', message: 'must be a date' }] }) }),
      },
    });
    const table = await screen.findByTestId('import-report');
    expect(table.textContent).toContain('Nothing was imported. Problems found: 2 (in 3 rows)');
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['2', 'hire_date', 'must be a date'],
      ['3', 'email', 'must be an email address'],
    ]);
    expect(server.calls.find((c) => c.operation === 'Job')?.variables).toEqual({ id: 'j-7' });
    expect(server.calls.some((c) => c.operation === 'StartPeopleImport')).toBe(false);
  });

  it('says why a job failed, and points holders of jobs.read to the failed jobs', async () => {
    const error = 'Importing compensation needs the permission people.compensation.write';
    renderConsole({ path: '/people/import?job=j-1', viewer: { permissions: [...IMPORTER, 'jobs.read'] }, handlers: { Job: () => job('failed', { attempts: 5, error }) } });
    expect(await screen.findByText('The import failed (attempts: 5); nothing was imported')).toBeTruthy();
    expect(screen.getByTestId('import-job-error').textContent).toBe(error);
    expect(screen.getByRole('link', { name: 'See failed jobs' }).getAttribute('href')).toBe('/jobs?state=failed');
  });

  it('offers no link to the jobs page without jobs.read', async () => {
    renderConsole({ path: '/people/import?job=j-1', viewer: { permissions: IMPORTER }, handlers: { Job: () => job('failed', { attempts: 5, error: 'boom' }) } });
    await screen.findByTestId('import-job-error');
    expect(screen.queryByRole('link', { name: 'See failed jobs' })).toBeNull();
  });

  it('shows a failed attempt that will be retried, with its error', async () => {
    renderConsole({ path: '/people/import?job=j-1', viewer: { permissions: IMPORTER }, handlers: { Job: () => job('delayed', { attempts: 1, progress: 10, error: 'database is locked' }) } });
    expect(await screen.findByText('Attempt 1 failed; it will be tried again')).toBeTruthy();
    expect(screen.getByText('database is locked')).toBeTruthy();
    // After a reload the file (and its row count) is gone: the page says no more than it knows.
    expect(screen.getByText('Importing…')).toBeTruthy();
  });

  it('shows an unknown job as an error, and starts over from the file step', async () => {
    renderConsole({
      path: '/people/import?job=gone',
      viewer: { permissions: IMPORTER },
      handlers: { Job: () => ({ data: null, errors: [{ message: 'Job gone not found', extensions: { code: 'NOT_FOUND' } }] }) },
    });
    expect(await screen.findByText('Job gone not found')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import another file' }));
    expect(await screen.findByText('Click or drop a CSV file here')).toBeTruthy();
  });

  it('shows why the server refused to start the import', async () => {
    const { container } = renderConsole({
      path: '/people/import',
      viewer: { permissions: IMPORTER },
      handlers: { StartPeopleImport: () => ({ data: null, errors: [{ message: 'csv: must be at most 20 MB', extensions: { code: 'BAD_USER_INPUT' } }] }) },
    });
    await upload(container);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('csv: must be at most 20 MB')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import another file' })).toBeTruthy());
  });
});

describe('the import report helpers', () => {
  it('counts data rows without the header or blank lines', () => {
    expect(dataRows('name,email\r\na,b\n\nc,d\n')).toBe(2);
    expect(dataRows('name,email\n')).toBe(0);
  });

  it('reads a report from a job result, and nothing else', () => {
    expect(parseReport('{"rows":1,"imported":1,"errors":[]}')).toEqual({ rows: 1, imported: 1, errors: [] });
    expect(parseReport('{"rows":1}')).toBeNull();
    expect(parseReport('not json')).toBeNull();
    expect(parseReport(null)).toBeNull();
  });
});
