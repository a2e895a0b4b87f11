import { defineConsolePart } from '@cadre/sdk/console';

/** The knowledge plugin's console part: pages, navigation, widgets and person tabs. */
export default defineConsolePart({
  id: 'knowledge',
  messages: {
    'en-US': { 'knowledge.title': 'Knowledge' },
    'zh-CN': { 'knowledge.title': '知识库' },
  },
});
