import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meAnswer, renderConsole } from '../test/render-console';

const unauthenticated = { data: null, errors: [{ message: 'The access token is not valid', extensions: { code: 'UNAUTHENTICATED' } }] };

async function fillLogin(email: string, password: string) {
  fireEvent.change(await screen.findByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: /Sign in/ }));
}

describe('signing in and session expiry', () => {
  it('says the session expired, and after signing in again returns to the page the user was on', async () => {
    let signedIn = false;
    renderConsole({
      path: '/people?search=wei',
      handlers: {
        Me: (_v, token) => (token === 'fresh' ? meAnswer({ permissions: ['people.read'] }) : unauthenticated),
        RefreshToken: () => unauthenticated,
        Login: () => {
          signedIn = true;
          return { data: { login: { accessToken: 'fresh', refreshToken: 'fresh-r' } } };
        },
        PeopleList: () => ({ data: { people: { totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, nodes: [] } } }),
      },
    });
    expect(await screen.findByText('Your session has expired. Sign in again to continue where you were.')).toBeTruthy();
    await fillLogin('employee@demo.local', 'demo1234');
    expect(await screen.findByPlaceholderText('Search name, email or title')).toHaveProperty('value', 'wei');
    expect(signedIn).toBe(true);
  });

  it('asks for the organisation when the email exists in several, then sends it', async () => {
    const tenants: unknown[] = [];
    renderConsole({
      path: '/',
      viewer: null,
      handlers: {
        Login: (v) => {
          tenants.push(v.tenant);
          return v.tenant
            ? { data: { login: { accessToken: 'a', refreshToken: 'r' } } }
            : { data: null, errors: [{ message: 'tenant: this email has accounts in several tenants: say which tenant', extensions: { code: 'BAD_USER_INPUT', field: 'tenant' } }] };
        },
        Me: () => meAnswer({ permissions: [] }),
      },
    });
    await fillLogin('shared@demo.local', 'demo1234');
    const tenant = await screen.findByLabelText('Organisation (tenant)');
    expect(screen.getByText(/belongs to several organisations/)).toBeTruthy();
    fireEvent.change(tenant, { target: { value: 'demo' } });
    fireEvent.click(screen.getByRole('button', { name: /Sign in/ }));
    expect(await screen.findByText(/Welcome, Zhu Chen/)).toBeTruthy();
    expect(tenants).toEqual([null, 'demo']);
  });

  it('reports a wrong password without signing in', async () => {
    renderConsole({ path: '/', viewer: null, handlers: { Login: () => ({ data: null, errors: [{ message: 'Email or password is wrong', extensions: { code: 'UNAUTHENTICATED' } }] }) } });
    await fillLogin('employee@demo.local', 'nope');
    expect((await screen.findByRole('alert')).textContent).toContain('Email or password is wrong');
    expect(screen.queryByRole('navigation', { name: 'main' })).toBeNull();
  });
});
