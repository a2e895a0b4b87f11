import { defineConsolePart } from '@cadre/sdk/console';

/** The incentives plugin's console part: pages, navigation, widgets and person tabs. */
export default defineConsolePart({
  id: 'incentives',
  messages: {
    'en-US': { 'incentives.title': 'Incentives' },
    'zh-CN': { 'incentives.title': '激励' },
  },
});
