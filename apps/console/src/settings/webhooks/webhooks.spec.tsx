import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WebhookSubscriptionFieldsFragment } from '../../gql/graphql';
import { renderConsole } from '../../test/render-console';

const ADMIN = { permissions: ['settings.read', 'webhooks.manage'], roles: ['admin'] };
const subscription = (extra: Partial<WebhookSubscriptionFieldsFragment> = {}): WebhookSubscriptionFieldsFragment => ({
  id: 's1', url: 'https://hooks.example.com/cadre', events: ['*'], description: 'payroll', active: true, consecutiveFailures: 0, disabledAt: null,
  createdAt: '2026-12-04T08:00:00.000Z', ...extra,
});

describe('the webhooks page', () => {
  it('is linked from Settings only for holders of webhooks.manage', async () => {
    renderConsole({ path: '/settings', viewer: ADMIN, handlers: { Settings: () => ({ data: { settings: [] } }) } });
    expect(await screen.findByTestId('settings-webhooks-link')).toBeTruthy();
  });

  it('hides the link without webhooks.manage', async () => {
    renderConsole({ path: '/settings', viewer: { permissions: ['settings.read'], roles: ['hr'] }, handlers: { Settings: () => ({ data: { settings: [] } }) } });
    await screen.findByText('No settings stored for this organisation');
    expect(screen.queryByTestId('settings-webhooks-link')).toBeNull();
  });

  it('says so when there are none', async () => {
    renderConsole({ path: '/settings/webhooks', viewer: ADMIN, handlers: { WebhookSubscriptions: () => ({ data: { webhookSubscriptions: [] } }) } });
    expect(await screen.findByText('No webhooks yet')).toBeTruthy();
  });

  it('shows an error when the list cannot be read', async () => {
    renderConsole({ path: '/settings/webhooks', viewer: ADMIN, handlers: { WebhookSubscriptions: () => ({ data: null, errors: [{ message: 'database away' }] }) } });
    expect(await screen.findByText('database away')).toBeTruthy();
  });

  it('lists a subscription with all events as one tag and failures, and switches it off', async () => {
    let active = true;
    const { server } = renderConsole({
      path: '/settings/webhooks',
      viewer: ADMIN,
      handlers: {
        WebhookSubscriptions: () => ({ data: { webhookSubscriptions: [subscription({ active, consecutiveFailures: 3 })] } }),
        SetWebhookSubscriptionActive: (v) => {
          active = Boolean(v.active);
          return { data: { setWebhookSubscriptionActive: subscription({ active }) } };
        },
      },
    });
    const row = (await screen.findByText('https://hooks.example.com/cadre')).closest('tr')!;
    expect(within(row).getByText('All events')).toBeTruthy();
    expect(within(row).getByText('3')).toBeTruthy();
    fireEvent.click(within(row).getByTestId('webhook-active'));
    await waitFor(() => expect(within(screen.getByText('https://hooks.example.com/cadre').closest('tr')!).getByTestId('webhook-active').getAttribute('aria-checked')).toBe('false'));
    expect(server.calls.find((c) => c.operation === 'SetWebhookSubscriptionActive')?.variables).toEqual({ id: 's1', active: false });
  });
});
