import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { en } from '../i18n/en';
import { loadLaterMessages, registerCatalogue } from '../i18n/i18n';

// Tests call translator('en') directly; the page loads English on demand. Components tested on their own get the
// Chinese messages of the later parts too (the page loads them with those parts).
registerCatalogue('en', en);
await loadLaterMessages();

afterEach(() => cleanup());

// jsdom lacks these; the page uses them for reduced motion, the system theme and "show in source".
if (typeof window !== 'undefined') {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
