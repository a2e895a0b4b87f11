// A person's skill gaps towards a career level (given, their plan's, or the next rung): expected
// against current level per skill, and for each gap the recommended courses and mentors, each
// with the reason it was recommended. Used on the plan page, the gaps page and the person tab.
import { BookOutlined, LoginOutlined, UserOutlined } from '@ant-design/icons';
import { useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Method, Muted, NavLink, useRun } from '@cadre/sdk/console/kit';
import { Chart } from '@cadre/sdk/console/chart';
import { Alert, Button, Card, Col, Empty, Flex, List, Row, Skeleton, Space, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { ENROL, GAPS } from './api.js';
import { useT } from './i18n.js';
import type { GapReport, SkillGap } from './types.js';

export function GapsPanel({ personId, targetLevelId, compact }: { personId: string; targetLevelId?: string | null; compact?: boolean }) {
  const t = useT();
  const { data, error, isLoading } = useCadreQuery(GAPS, { personId, targetLevelId: targetLevelId ?? null });
  if (isLoading && !data) return <Skeleton active />;
  if (error || !data) return <Alert type="warning" showIcon title={t('development.gaps.unavailable')} description={error?.message} />;
  return <GapReportView report={data.skillGaps} compact={compact} />;
}

function GapReportView({ report, compact }: { report: GapReport; compact?: boolean }) {
  const t = useT();
  const option = useMemo(() => ({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 150, right: 20, top: 30, bottom: 20 },
    xAxis: { type: 'value', max: 5, interval: 1 },
    yAxis: { type: 'category', inverse: true, data: report.expectations.map((e) => e.skillName), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [
      { type: 'bar', name: t('development.gaps.current'), data: report.expectations.map((e) => ({ value: e.current, itemStyle: { color: e.met ? '#52c41a' : '#faad14' } })), barGap: '10%' },
      { type: 'bar', name: t('development.gaps.expected'), data: report.expectations.map((e) => e.expected), itemStyle: { color: '#91caff' } },
    ],
  }), [report, t]);
  const met = report.expectations.filter((e) => e.met).length;

  return (
    <Flex vertical gap={12} data-testid="gap-report">
      <Space wrap>
        <Typography.Text strong>{t('development.gaps.towards', { code: report.target.code, title: report.target.title })}</Typography.Text>
        <Tag>{t(`development.gaps.source.${report.targetSource}`)}</Tag>
        <Muted>{t('development.gaps.met', { met, total: report.expectations.length })}</Muted>
      </Space>
      {!compact && <Method title={t('development.gaps.methodTitle')} text={report.method} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={compact ? 24 : 9}>
          {report.expectations.length ? <Chart option={option} height={Math.max(180, report.expectations.length * 34 + 50)} ariaLabel={t('development.gaps.chart')} testId="gap-chart" /> : <Empty description={t('development.gaps.noExpectations')} />}
        </Col>
        <Col xs={24} xl={compact ? 24 : 15}>
          {report.gaps.length ? (
            <Flex vertical gap={12}>
              {report.gaps.map((g) => <GapCard key={g.skillId} gap={g} personId={report.person.id} personName={report.person.name} />)}
            </Flex>
          ) : <Alert type="success" showIcon title={t('development.gaps.none', { code: report.target.code })} />}
        </Col>
      </Row>
    </Flex>
  );
}

function GapCard({ gap, personId, personName }: { gap: SkillGap; personId: string; personName: string }) {
  const t = useT();
  const { viewer } = useCadre();
  const run = useRun();
  const enrol = useCadreMutation(ENROL);
  const self = viewer.personId === personId;
  const onEnrol = async (courseId: string, title: string) => {
    await run(enrol.mutate({ courseId, personId: self ? null : personId }), self ? t('development.courses.enrolled', { title }) : t('development.gaps.enrolledOther', { name: personName, title }));
  };
  return (
    <Card size="small" data-testid="skill-gap"
      title={<Space><span>{gap.skillName}</span><Tag color="orange">{t('development.gaps.gapLine', { current: gap.current, expected: gap.expected, gap: gap.gap })}</Tag></Space>}>
      <Row gutter={16}>
        <Col xs={24} md={13}>
          <Typography.Text strong><BookOutlined /> {t('development.gaps.courses')}</Typography.Text>
          {gap.courses.length ? (
            <List size="small" dataSource={gap.courses} data-testid="gap-courses" renderItem={(c) => (
              <List.Item actions={[
                <Tooltip key="enrol" title={self ? undefined : t('development.gaps.enrolFor', { name: personName })}>
                  <Button size="small" icon={<LoginOutlined />} loading={enrol.isPending} onClick={() => void onEnrol(c.courseId, c.title)}>{t('development.courses.enrol')}</Button>
                </Tooltip>,
              ]}>
                <List.Item.Meta
                  title={<Space size={4}><NavLink to={`/development/courses/${c.courseId}`}>{c.title}</NavLink><Tag>→ {c.reachesLevel}</Tag></Space>}
                  description={<span data-testid="recommendation-reason">{c.reason}</span>}
                />
              </List.Item>
            )} />
          ) : <div><Muted>{t('development.gaps.noCourses')}</Muted></div>}
        </Col>
        <Col xs={24} md={11}>
          <Typography.Text strong><UserOutlined /> {t('development.gaps.mentors')}</Typography.Text>
          {gap.mentors.length ? (
            <List size="small" dataSource={gap.mentors} data-testid="gap-mentors" renderItem={(m) => (
              <List.Item>
                <List.Item.Meta
                  title={<Space size={4}><NavLink to={`/people/${m.person.id}`}>{m.person.name}</NavLink><Tag>{t('development.gaps.mentorLevel', { level: m.level })}</Tag><Muted>{t('development.gaps.score', { score: m.score.toFixed(1) })}</Muted></Space>}
                  description={
                    <Tooltip title={m.evidence.length ? <ul style={{ margin: 0, paddingLeft: 16 }}>{m.evidence.map((e, i) => <li key={i}>{e}</li>)}</ul> : undefined}>
                      <span data-testid="recommendation-reason">{m.reason}</span>
                    </Tooltip>
                  }
                />
              </List.Item>
            )} />
          ) : <div><Muted>{t('development.gaps.noMentors')}</Muted></div>}
        </Col>
      </Row>
    </Card>
  );
}
