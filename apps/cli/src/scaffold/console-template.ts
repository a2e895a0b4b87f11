import type { TemplateNames } from './plugin-template.js';

// The console part of a new plugin: one page listing the items with a form to add one. Shipped
// as source (the package's ./console export): `cadre console build` compiles it into the
// deployment's console with Vite, against the console's own React and Ant Design.
export function consoleFiles(n: TemplateNames): Record<string, string> {
  const title = n.id.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  return {
    'src/console/index.ts': `import { AimOutlined } from '@ant-design/icons';
import { defineConsolePart } from '@cadre/sdk/console';
import { createElement } from 'react';

/** The ${n.id} plugin's console part: its page, a menu entry, and its words in both languages. */
export default defineConsolePart({
  id: '${n.id}',
  routes: [{ path: '/${n.id}', title: '${n.id}.title', permission: '${n.id}.items.read', load: () => import('./ItemsPage.js') }],
  navigation: [{ key: '${n.id}', path: '/${n.id}', label: '${n.id}.title', permission: '${n.id}.items.read', order: 200, icon: createElement(AimOutlined) }],
  messages: {
    'en-US': { '${n.id}.title': '${title}', '${n.id}.add': 'Add', '${n.id}.placeholder': 'Title of a new item', '${n.id}.empty': 'No items yet' },
    'zh-CN': { '${n.id}.title': '${title}', '${n.id}.add': '添加', '${n.id}.placeholder': '新条目的标题', '${n.id}.empty': '暂无条目' },
  },
});
`,
    'src/console/ItemsPage.tsx': `import { useCadre, useCadreMutation, useCadreQuery, type TypedDocument } from '@cadre/sdk/console';
import { LoadFailed, Page } from '@cadre/sdk/console/kit';
import { Alert, Button, List, Space, Input } from 'antd';
import { useState } from 'react';

interface Item {
  id: string;
  title: string;
}
const ITEMS: TypedDocument<{ ${n.camel}Items: Item[] }, Record<string, never>> = 'query ${n.pascal}Items { ${n.camel}Items { id title } }';
const CREATE: TypedDocument<{ create${n.pascal}Item: Item }, { title: string }> = 'mutation Create${n.pascal}Item($title: String!) { create${n.pascal}Item(input: { title: $title }) { id title } }';

export default function ItemsPage() {
  const { t, can } = useCadre();
  const items = useCadreQuery(ITEMS, {});
  const create = useCadreMutation(CREATE);
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = async () => {
    const result = await create.mutate({ title });
    setProblem(result.errors?.[0]?.message ?? null);
    if (!result.errors?.length) setTitle('');
  };
  if (items.error) return <LoadFailed error={items.error} retry={items.refetch} />;
  return (
    <Page title={t('${n.id}.title')}>
      {can('${n.id}.items.write') && (
        <Space.Compact style={{ width: '100%', marginBottom: 16 }}>
          <Input aria-label={t('${n.id}.placeholder')} placeholder={t('${n.id}.placeholder')} value={title} onChange={(e) => setTitle(e.target.value)} onPressEnter={add} />
          <Button type="primary" loading={create.isPending} onClick={add}>{t('${n.id}.add')}</Button>
        </Space.Compact>
      )}
      {problem && <Alert type="error" message={problem} />}
      <List loading={items.isLoading} dataSource={items.data?.${n.camel}Items ?? []} locale={{ emptyText: t('${n.id}.empty') }} renderItem={(item) => <List.Item>{item.title}</List.Item>} />
    </Page>
  );
}
`,
  };
}
