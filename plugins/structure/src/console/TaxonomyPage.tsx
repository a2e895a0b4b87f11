// The skill taxonomy: categories with their skills. Everyone who sees skills reads it; holders of
// structure.skills.admin (the API's permission for every taxonomy mutation) also create, rename and
// delete categories, create skills, edit or move a skill, merge one into another and delete one. A
// refused delete (a skill a project requires, a category that still holds skills) stays on the
// page with the API's reason, not only in a toast.
import { DeleteOutlined, EditOutlined, MergeCellsOutlined, PlusOutlined } from '@ant-design/icons';
import { useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { errorText, LoadFailed, NavLink, Page } from '@cadre/sdk/console/kit';
import { Alert, App, Button, Empty, Flex, Input, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { DELETE_SKILL, DELETE_SKILL_CATEGORY, TAXONOMY } from './api.js';
import { useT } from './i18n.js';
import { MergeSkillsModal } from './MergeSkillsModal.js';
import { TaxonomyFormModal, type TaxonomyFormMode } from './TaxonomyFormModal.js';
import type { SkillMergeResult, TaxonomyCategory, TaxonomySkill } from './types.js';

/** A table row: a category (with its skills as children) or a skill. */
type Row = { key: string; name: string; description: string | null; category?: TaxonomyCategory; skill?: TaxonomySkill; children?: Row[] };

export default function TaxonomyPage() {
  const t = useT();
  const { can } = useCadre();
  const { message, modal } = App.useApp();
  const admin = can('structure.skills.admin');
  const { data, error, isLoading, refetch } = useCadreQuery(TAXONOMY, {});
  const remove = useCadreMutation(DELETE_SKILL);
  const removeCategory = useCadreMutation(DELETE_SKILL_CATEGORY);
  const [search, setSearch] = useState('');
  const [form, setForm] = useState<TaxonomyFormMode | null>(null);
  const [merging, setMerging] = useState<TaxonomySkill | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const categories = useMemo(() => data?.skillCategories ?? [], [data]);

  // Categories whose name matches keep all their skills; otherwise only the matching skills.
  const rows = useMemo<Row[]>(() => {
    const term = search.trim().toLowerCase();
    return categories
      .map((c) => {
        const all = !term || c.name.toLowerCase().includes(term);
        const skills = c.skills.filter((s) => all || s.name.toLowerCase().includes(term));
        return { key: c.id, name: c.name, description: c.description, category: c, children: skills.map((s) => ({ key: s.id, name: s.name, description: s.description, skill: s })) };
      })
      .filter((r) => !term || r.children.length || r.name.toLowerCase().includes(term));
  }, [categories, search]);

  /** Asks before a delete; a refusal (a skill a project requires, a category with skills) stays on the page. */
  const confirmDelete = (name: string, explain: string, okTestId: string, run: () => Promise<{ deleted: boolean; errors: Parameters<typeof errorText>[0] }>) => {
    setRefusal(null);
    modal.confirm({
      title: t('structure.taxonomy.deleteTitle', { name }),
      content: explain,
      okText: t('structure.taxonomy.delete'),
      okButtonProps: { danger: true, 'data-testid': okTestId },
      cancelText: t('structure.cancel'),
      onOk: async () => {
        const { deleted, errors } = await run();
        if (deleted) void message.success(t('structure.taxonomy.deleted', { name }));
        else setRefusal(errorText(errors) || t('structure.error'));
      },
    });
  };
  const confirmDeleteSkill = (skill: TaxonomySkill) =>
    confirmDelete(skill.name, t('structure.taxonomy.deleteExplain', { name: skill.name }), 'delete-skill-ok', async () => {
      const result = await remove.mutate({ id: skill.id });
      return { deleted: !!result.data?.deleteSkill, errors: result.errors };
    });
  const confirmDeleteCategory = (category: TaxonomyCategory) =>
    confirmDelete(category.name, t('structure.taxonomy.deleteCategoryExplain', { name: category.name }), 'delete-category-ok', async () => {
      const result = await removeCategory.mutate({ id: category.id });
      return { deleted: !!result.data?.deleteSkillCategory, errors: result.errors };
    });

  const merged = (result: SkillMergeResult) => {
    const source = merging?.name ?? '';
    setMerging(null);
    void message.success(t('structure.taxonomy.merged', { source, target: result.skill.name, levels: result.levels, evidence: result.evidence, requirements: result.requirements }));
  };

  const actions = (row: Row) => {
    if (!admin) return null;
    if (row.category) {
      const category = row.category;
      return (
        <Space size={4} wrap>
          <Button size="small" icon={<PlusOutlined />} onClick={() => setForm({ kind: 'skill', categoryId: category.id })} data-testid="category-add-skill">{t('structure.taxonomy.addSkill')}</Button>
          <Button size="small" icon={<EditOutlined />} onClick={() => setForm({ kind: 'editCategory', category })} data-testid="category-edit">{t('structure.taxonomy.edit')}</Button>
          <Button size="small" danger icon={<DeleteOutlined />} onClick={() => confirmDeleteCategory(category)} data-testid="category-delete">{t('structure.taxonomy.delete')}</Button>
        </Space>
      );
    }
    const skill = row.skill!;
    return (
      <Space size={4} wrap>
        <Button size="small" icon={<EditOutlined />} onClick={() => setForm({ kind: 'edit', skill })} data-testid="skill-edit">{t('structure.taxonomy.edit')}</Button>
        <Button size="small" icon={<MergeCellsOutlined />} onClick={() => setMerging(skill)} data-testid="skill-merge">{t('structure.taxonomy.merge')}</Button>
        <Button size="small" danger icon={<DeleteOutlined />} onClick={() => confirmDeleteSkill(skill)} data-testid="skill-delete">{t('structure.taxonomy.delete')}</Button>
      </Space>
    );
  };

  return (
    <Page title={t('structure.taxonomy.title')} extra={<NavLink to="/structure/skills">{t('structure.taxonomy.toHeatmap')}</NavLink>}>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('structure.taxonomy.search')} style={{ width: 260 }} value={search} onChange={(e) => setSearch(e.target.value)} data-testid="taxonomy-search" />
        {admin && (
          <>
            <Button icon={<PlusOutlined />} onClick={() => setForm({ kind: 'category' })} data-testid="new-category">{t('structure.taxonomy.newCategory')}</Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ kind: 'skill', categoryId: null })} data-testid="new-skill">{t('structure.taxonomy.newSkill')}</Button>
          </>
        )}
      </Flex>
      <Typography.Paragraph type="secondary">{t(admin ? 'structure.taxonomy.explainAdmin' : 'structure.taxonomy.explain')}</Typography.Paragraph>
      {refusal && <Alert type="error" showIcon closable onClose={() => setRefusal(null)} style={{ marginBottom: 12 }} title={t('structure.taxonomy.notDeleted')} description={refusal} data-testid="taxonomy-refusal" />}
      {error && !data ? <LoadFailed error={error} retry={refetch} /> : !isLoading && !rows.length ? <Empty description={t(search ? 'structure.taxonomy.noMatch' : 'structure.taxonomy.empty')} /> : (
        <Table<Row>
          rowKey="key"
          size="middle"
          loading={isLoading}
          dataSource={rows}
          pagination={false}
          // Every category open: the taxonomy is read as one list (search narrows it).
          expandable={{ expandedRowKeys: rows.map((r) => r.key), showExpandColumn: false }}
          scroll={{ x: 760 }}
          columns={[
            {
              title: t('structure.taxonomy.name'), dataIndex: 'name', width: 280,
              render: (name: string, row) => row.category
                ? <Space size={8}><Typography.Text strong>{name}</Typography.Text><Tag>{t('structure.taxonomy.skillCount', { count: row.category.skills.length })}</Tag></Space>
                : <span style={{ paddingLeft: 24 }}>{name}</span>,
            },
            { title: t('structure.taxonomy.description'), dataIndex: 'description', render: (d: string | null) => d ?? <Typography.Text type="secondary">—</Typography.Text> },
            ...(admin ? [{ title: t('structure.taxonomy.actions'), key: 'actions', width: 300, render: (_: unknown, row: Row) => actions(row) }] : []),
          ]}
        />
      )}
      <TaxonomyFormModal
        mode={form}
        categories={categories}
        onClose={() => setForm(null)}
        onSaved={() => { setForm(null); void message.success(t('structure.saved')); }}
      />
      <MergeSkillsModal source={merging} categories={categories} onClose={() => setMerging(null)} onMerged={merged} />
    </Page>
  );
}
