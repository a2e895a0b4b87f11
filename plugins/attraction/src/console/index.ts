import { defineConsolePart } from '@cadre/sdk/console';

/** The attraction plugin's console part: pages, navigation, widgets and person tabs. */
export default defineConsolePart({
  id: 'attraction',
  messages: {
    'en-US': { 'attraction.title': 'Hiring' },
    'zh-CN': { 'attraction.title': '招聘' },
  },
});
