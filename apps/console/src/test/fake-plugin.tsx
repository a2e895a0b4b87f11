// A plugin console part made only for tests: a page, a nav entry, a widget and a person tab,
// written the way a plugin author would (ordinary React + @cadre/sdk/console).
import { defineConsolePart, useCadre, type ConsolePageProps } from '@cadre/sdk/console';

function GoalsPage({ params }: ConsolePageProps) {
  const { t, viewer, can } = useCadre();
  return (
    <div>
      <h1>{t('okr.title')}</h1>
      <p>{t('okr.owner', { name: viewer.personName ?? '' })}</p>
      <p>{can('okr.write') ? 'can write' : 'read only'}</p>
      <p>param:{params.id ?? 'none'}</p>
    </div>
  );
}

function GoalsWidget() {
  const { t } = useCadre();
  return <p>{t('okr.widgetBody')}</p>;
}

function PersonGoals({ personId }: { personId: string }) {
  return <p>goals of {personId}</p>;
}

export const okrPart = defineConsolePart({
  id: 'okr',
  routes: [
    { path: '/okr', title: 'okr.title', permission: 'okr.read', load: async () => ({ default: GoalsPage }) },
    { path: '/okr/:id', title: 'okr.title', permission: 'okr.read', load: async () => ({ default: GoalsPage }) },
  ],
  navigation: [{ key: 'goals', path: '/okr', label: 'okr.title', permission: 'okr.read', order: 50 }],
  widgets: [{ key: 'goals', title: 'okr.title', permission: 'okr.read', load: async () => ({ default: GoalsWidget }) }],
  slots: [{ slot: 'person.tabs', key: 'goals', title: 'okr.title', permission: 'okr.read', load: async () => ({ default: PersonGoals }) }],
  messages: {
    'en-US': { 'okr.title': 'Goals', 'okr.owner': 'Goals for {name}', 'okr.widgetBody': '3 goals due this quarter' },
    'zh-CN': { 'okr.title': '目标', 'okr.owner': '{name} 的目标', 'okr.widgetBody': '本季度有 3 个目标到期' },
  },
});

function Boom(): never {
  throw new Error('the widget blew up');
}

/** A part whose widgets fail in both ways a lazy part can: the module fails to load, or it throws. */
export const brokenPart = defineConsolePart({
  id: 'broken',
  widgets: [
    { key: 'no-module', title: 'broken.title', order: 1, load: () => Promise.reject(new Error('chunk failed to load')) },
    { key: 'throws', title: 'broken.title', order: 2, load: async () => ({ default: Boom }) },
  ],
  messages: { 'en-US': { 'broken.title': 'Broken' }, 'zh-CN': { 'broken.title': '坏了' } },
});
