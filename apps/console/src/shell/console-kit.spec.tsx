// The SDK's console kit inside the real console: its texts are the console's own messages (in the
// chosen language), its links navigate in place, its tags take the plugin's messages.
import { defineConsolePart, pageMessages, useT } from '@cadre/sdk/console';
import { formatPercent, HiddenTag, LoadFailed, MoneyText, NavLink, Page, PageLoading, statusTag } from '@cadre/sdk/console/kit';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../test/render-console';

const StateTag = statusTag(useT, 'kit.state', { open: 'processing' }, 'kit-state');

function KitPage() {
  return (
    <div>
      <LoadFailed error={new Error('boom')} retry={() => {}} />
      <HiddenTag />
      <MoneyText value={680000} currency="CNY" testId="kit-money" />
      <StateTag value="open" />
      <span data-testid="kit-share">{formatPercent(0.256, 1)}</span>
      <NavLink to="/kit/other" testId="kit-link">next</NavLink>
    </div>
  );
}

// Page texts load with the pages: the language's text, else en-US's, else the console's (nav) messages.
const usePageT = pageMessages({ 'en-US': { 'kit.page.hello': 'Hello {name}', 'kit.page.only': 'English only' }, 'zh-CN': { 'kit.page.hello': '你好 {name}' } });

function TextsPage() {
  const t = usePageT();
  return <p data-testid="kit-texts">{[t('kit.page.hello', { name: 'Ada' }), t('kit.page.only'), t('kit.title'), t('kit.page.missing')].join('|')}</p>;
}

let retried = 0;
function CompactFailure() {
  return (
    <div>
      <LoadFailed compact error={new Error('no ladders')} retry={() => { retried += 1; }} />
      <p data-testid="kit-rest">the rest of the page</p>
    </div>
  );
}

function FramedPage() {
  return (
    <Page icon={<span data-testid="kit-icon" />} title="Cycle 2026" tags={<StateTag value="open" />} extra={<button type="button">Act</button>} testId="kit-page" below={<p data-testid="kit-below">more</p>}>
      <p data-testid="kit-content">content</p>
    </Page>
  );
}

const kitPart = defineConsolePart({
  id: 'kit',
  routes: [
    { path: '/kit', title: 'kit.title', permission: 'kit.read', load: async () => ({ default: KitPage }) },
    { path: '/kit/other', title: 'kit.title', permission: 'kit.read', load: async () => ({ default: () => <p>other page</p> }) },
    { path: '/kit/page', title: 'kit.title', permission: 'kit.read', load: async () => ({ default: FramedPage }) },
    { path: '/kit/loading', title: 'kit.title', permission: 'kit.read', load: async () => ({ default: PageLoading }) },
    { path: '/kit/compact', title: 'kit.title', permission: 'kit.read', load: async () => ({ default: CompactFailure }) },
    { path: '/kit/texts', title: 'kit.title', permission: 'kit.read', load: async () => ({ default: TextsPage }) },
  ],
  messages: { 'en-US': { 'kit.title': 'Kit', 'kit.state.open': 'Open' }, 'zh-CN': { 'kit.title': '套件', 'kit.state.open': '进行中' } },
});

describe('the console kit', () => {
  it("speaks the console's language and navigates in place", async () => {
    renderConsole({ path: '/kit', parts: [kitPart], viewer: { permissions: ['kit.read'] }, locale: 'zh-CN' });
    expect(await screen.findByText('出错了')).toBeTruthy();
    expect(screen.getByText('boom')).toBeTruthy();
    // antd spaces out a two-character Chinese button label.
    expect(screen.getByRole('button', { name: /^重 ?试$/ })).toBeTruthy();
    expect(screen.getByTestId('hidden-value').textContent).toBe('已隐藏');
    expect(screen.getByTestId('kit-money').getAttribute('data-minor')).toBe('680000');
    expect(screen.getByTestId('kit-state').textContent).toBe('进行中');
    expect(screen.getByTestId('kit-share').textContent).toBe('25.6%');
    fireEvent.click(screen.getByTestId('kit-link'));
    expect(await screen.findByText('other page')).toBeTruthy();
  });

  it('frames a page: heading with icon and tags, actions on its line, content, then the cards below', async () => {
    renderConsole({ path: '/kit/page', parts: [kitPart], viewer: { permissions: ['kit.read'] }, locale: 'en-US' });
    const card = await screen.findByTestId('kit-page');
    const head = card.querySelector('.ant-card-head-title')!;
    expect(head.textContent).toBe('Cycle 2026Open');
    expect(head.contains(screen.getByTestId('kit-icon'))).toBe(true);
    expect(card.querySelector('.ant-card-extra')!.textContent).toBe('Act');
    expect(card.querySelector('.ant-card-body')!.contains(screen.getByTestId('kit-content'))).toBe(true);
    const below = screen.getByTestId('kit-below');
    expect(card.contains(below)).toBe(false);
    expect(card.nextElementSibling).toBe(below);
  });

  it('shows a skeleton card while a page loads', async () => {
    const { container } = renderConsole({ path: '/kit/loading', parts: [kitPart], viewer: { permissions: ['kit.read'] }, locale: 'en-US' });
    await waitFor(() => expect(container.querySelector('.ant-card .ant-skeleton')).not.toBeNull());
  });

  it("looks page texts up in the console's language, then en-US, then the console's messages", async () => {
    renderConsole({ path: '/kit/texts', parts: [kitPart], viewer: { permissions: ['kit.read'] }, locale: 'zh-CN' });
    expect((await screen.findByTestId('kit-texts')).textContent).toBe('你好 Ada|English only|套件|kit.page.missing');
  });

  it('reports a secondary query that failed as an alert line with a retry, the rest of the page kept', async () => {
    renderConsole({ path: '/kit/compact', parts: [kitPart], viewer: { permissions: ['kit.read'] }, locale: 'en-US' });
    const alert = await screen.findByTestId('load-failed');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('no ladders');
    expect(screen.getByTestId('kit-rest')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retried).toBe(1);
  });
});
