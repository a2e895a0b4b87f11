import { act, render, screen } from '@testing-library/react';
import { theme } from 'antd';
import { afterEach, describe, expect, it } from 'vitest';
import { PreferencesProvider } from './PreferencesProvider';

const original = window.matchMedia;
let listeners: Array<() => void> = [];
let reduce = false;

/** A matchMedia whose prefers-reduced-motion answer the test sets and changes. */
function fakeMedia(initial: boolean) {
  reduce = initial;
  listeners = [];
  window.matchMedia = ((query: string) => ({
    get matches() {
      return query === '(prefers-reduced-motion: reduce)' && reduce;
    },
    media: query,
    addEventListener: (_: string, fn: () => void) => listeners.push(fn),
    removeEventListener: (_: string, fn: () => void) => (listeners = listeners.filter((l) => l !== fn)),
  })) as unknown as typeof window.matchMedia;
}

function Motion() {
  const { token } = theme.useToken();
  return <span data-testid="motion">{String(token.motion)}</span>;
}

const renderMotion = () => render(<PreferencesProvider messages={{ 'en-US': {}, 'zh-CN': {} }} locale="en-US" theme="light"><Motion /></PreferencesProvider>);

describe('reduced motion', () => {
  afterEach(() => {
    window.matchMedia = original;
  });

  it('animates when the system does not ask for less motion', () => {
    fakeMedia(false);
    renderMotion();
    expect(screen.getByTestId('motion').textContent).toBe('true');
  });

  it('turns antd motion off when the system asks for reduced motion, and follows a change', () => {
    fakeMedia(true);
    renderMotion();
    expect(screen.getByTestId('motion').textContent).toBe('false');
    reduce = false;
    act(() => listeners.forEach((l) => l()));
    expect(screen.getByTestId('motion').textContent).toBe('true');
  });
});
