import { defineConsolePart } from '@cadre/sdk/console';

/** The development plugin's console part: pages, navigation, widgets and person tabs. */
export default defineConsolePart({
  id: 'development',
  messages: {
    'en-US': { 'development.title': 'Development' },
    'zh-CN': { 'development.title': '人才培养' },
  },
});
