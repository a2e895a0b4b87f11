import { defineConsolePart } from '@cadre/sdk/console';

/** The structure plugin's console part: pages, navigation, widgets and person tabs. */
export default defineConsolePart({
  id: 'structure',
  messages: {
    'en-US': { 'structure.title': 'Organisation' },
    'zh-CN': { 'structure.title': '组织' },
  },
});
