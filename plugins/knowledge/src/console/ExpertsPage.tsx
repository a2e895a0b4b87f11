// The expertise finder: "who knows X?" ranks people by their skill level, the items they wrote,
// the talks they gave and their code reviews on the skill, and shows the evidence behind each score.
import { TeamOutlined } from '@ant-design/icons';
import { useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Muted, NavLink, Page, queryParam } from '@cadre/sdk/console/kit';
import { Col, Empty, Flex, List, Progress, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { EXPERTS, SKILL_TAGS } from './api.js';
import { useT } from './i18n.js';
import { SkillSelect } from './SkillSelect.js';
import type { Expert } from './types.js';
import { Formula } from './Formula.js';

const MAX_SCORE = 40;

export default function ExpertsPage() {
  const t = useT();
  const tags = useCadreQuery(SKILL_TAGS, { query: null });
  const [picked, setPicked] = useState<string | null>(() => queryParam('skill'));
  const skillId = picked ?? tags.data?.knowledgeSkillTags[0]?.id ?? null;
  const { data, error, isLoading, refetch } = useCadreQuery(EXPERTS, { skillId: skillId ?? '', limit: 10 }, { enabled: !!skillId });
  const result = data?.experts;
  const popular = (tags.data?.knowledgeSkillTags ?? []).slice(0, 12);

  return (
    <Page icon={<TeamOutlined />} title={t('knowledge.experts.title')}>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 12 }}>
        <Typography.Text strong>{t('knowledge.experts.question')}</Typography.Text>
        <SkillSelect value={skillId} onChange={setPicked} placeholder={t('knowledge.list.skill')} style={{ width: 300 }} />
      </Flex>
      <Space wrap size={4} style={{ marginBottom: 16 }}>
        <Muted>{t('knowledge.experts.popular')}</Muted>
        {popular.map((s) => <Tag key={s.id} color={s.id === skillId ? 'blue' : undefined} style={{ cursor: 'pointer' }} onClick={() => setPicked(s.id)}>{s.name} · {s.items}</Tag>)}
      </Space>
      {result && <Formula server={result.formula} local={t('knowledge.experts.formula')} />}
      {error && !result ? <LoadFailed error={error} retry={refetch} /> : (
        <List<Expert>
          loading={isLoading && !!skillId}
          dataSource={result?.experts ?? []}
          locale={{ emptyText: <Empty description={t('knowledge.experts.none')} /> }}
          renderItem={(e, i) => (
            <List.Item key={e.person.id} data-testid="expert">
              <Row gutter={[16, 8]} style={{ width: '100%' }}>
                <Col xs={24} md={7}>
                  <Space align="start">
                    <Typography.Title level={4} style={{ margin: 0, width: 28 }} type="secondary">{i + 1}</Typography.Title>
                    <Flex vertical>
                      <NavLink to={`/people/${e.person.id}`}><b>{e.person.name}</b></NavLink>
                      <Muted>{e.person.title}</Muted>
                      <Progress aria-label={e.person.name} percent={Math.round((e.score / MAX_SCORE) * 100)} format={() => e.score.toFixed(1)} size="small" style={{ width: 180 }} />
                    </Flex>
                  </Space>
                </Col>
                <Col xs={24} md={7}>
                  <Space size={20}>
                    <Statistic title={t('knowledge.experts.level')} value={e.level} suffix="/ 5" />
                    <Statistic title={t('knowledge.experts.items')} value={e.items} />
                    <Statistic title={t('knowledge.experts.talks')} value={e.talks} />
                    <Statistic title={t('knowledge.experts.reviews')} value={e.reviews} />
                  </Space>
                </Col>
                <Col xs={24} md={10}>
                  <Typography.Text type="secondary">{t('knowledge.experts.evidence')}</Typography.Text>
                  <ul style={{ margin: '4px 0 0', paddingLeft: 18 }} data-testid="expert-evidence">
                    {e.evidence.map((line, j) => <li key={j}>{line}</li>)}
                  </ul>
                </Col>
              </Row>
            </List.Item>
          )}
        />
      )}
    </Page>
  );
}
