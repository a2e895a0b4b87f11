// jsdom lacks a few browser APIs that antd measures with; stand-ins that do nothing.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first render of a file pays for loading antd and the lazy parts: allow for it.
configure({ asyncUtilTimeout: 8000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= ResizeObserverStub;

// antd asks for ::-webkit-scrollbar styles; jsdom does not implement pseudo-elements.
const computed = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computed(element);
