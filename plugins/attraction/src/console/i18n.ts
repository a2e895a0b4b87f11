// Page texts: loaded with the pages (not in the first page's bundle); nav and route titles are in
// messages-nav.ts, which the console's own translator holds.
import { pageMessages } from '@cadre/sdk/console';
import { en } from './messages-en.js';
import { zh } from './messages-zh.js';

export const useT = pageMessages({ 'en-US': en, 'zh-CN': zh });
