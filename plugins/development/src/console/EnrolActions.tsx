// What the viewer can do with a course: enrol, withdraw, mark it completed (rating it at the same
// time), or rate a completed course afterwards.
import { CheckOutlined, LoginOutlined, StarOutlined } from '@ant-design/icons';
import { useCadreMutation } from '@cadre/sdk/console';
import { useRun } from '@cadre/sdk/console/kit';
import { Button, Input, Modal, Popconfirm, Rate, Space, Typography } from 'antd';
import { useState } from 'react';
import { COMPLETE, ENROL, FEEDBACK, WITHDRAW } from './api.js';
import { useT } from './i18n.js';
import type { Course, Enrolment } from './types.js';
import { EnrolmentTag } from './StatusTags.js';

export function EnrolActions({ course, onChange, size = 'small' }: { course: Pick<Course, 'id' | 'title' | 'active' | 'myEnrolment'>; onChange?: () => void; size?: 'small' | 'middle' }) {
  const t = useT();
  const run = useRun();
  const enrol = useCadreMutation(ENROL);
  const withdraw = useCadreMutation(WITHDRAW);
  const complete = useCadreMutation(COMPLETE);
  const feedback = useCadreMutation(FEEDBACK);
  const [rating, setRating] = useState<{ mode: 'complete' | 'feedback'; enrolment: Enrolment; stars: number; comment: string } | null>(null);
  const mine = course.myEnrolment;
  const done = () => onChange?.();

  const submit = async () => {
    if (!rating) return;
    const ok = rating.mode === 'complete'
      ? await run(complete.mutate({ enrolmentId: rating.enrolment.id, rating: rating.stars || null, comment: rating.stars ? rating.comment : null }), t('development.courses.completed'))
      : await run(feedback.mutate({ enrolmentId: rating.enrolment.id, feedback: { rating: rating.stars, comment: rating.comment } }), t('development.courses.thanks'));
    if (ok) { setRating(null); done(); }
  };

  let actions;
  if (!mine || mine.status === 'WITHDRAWN') {
    actions = course.active ? (
      <Button size={size} type="primary" icon={<LoginOutlined />} loading={enrol.isPending} data-testid="enrol"
        onClick={async () => { if (await run(enrol.mutate({ courseId: course.id }), t('development.courses.enrolled', { title: course.title }))) done(); }}>
        {t('development.courses.enrol')}
      </Button>
    ) : <Typography.Text type="secondary">{t('development.courses.inactive')}</Typography.Text>;
  } else if (mine.status === 'ENROLLED') {
    actions = (
      <Space size={4}>
        <EnrolmentTag value={mine.status} />
        <Button size={size} icon={<CheckOutlined />} onClick={() => setRating({ mode: 'complete', enrolment: mine, stars: 0, comment: '' })}>{t('development.courses.complete')}</Button>
        <Popconfirm title={t('development.courses.confirmWithdraw')} onConfirm={async () => { if (await run(withdraw.mutate({ enrolmentId: mine.id }), t('development.courses.withdrawn'))) done(); }}>
          <Button size={size} type="text" danger>{t('development.courses.withdraw')}</Button>
        </Popconfirm>
      </Space>
    );
  } else {
    actions = (
      <Space size={4}>
        <EnrolmentTag value={mine.status} />
        {mine.rating ? <Rate disabled value={mine.rating} style={{ fontSize: 12 }} /> : (
          <Button size={size} icon={<StarOutlined />} onClick={() => setRating({ mode: 'feedback', enrolment: mine, stars: 5, comment: '' })}>{t('development.courses.rate')}</Button>
        )}
      </Space>
    );
  }

  return (
    <>
      {actions}
      <Modal
        open={!!rating}
        title={rating?.mode === 'complete' ? t('development.courses.completeTitle', { title: course.title }) : t('development.courses.rateTitle', { title: course.title })}
        onCancel={() => setRating(null)}
        onOk={() => void submit()}
        okButtonProps={{ loading: complete.isPending || feedback.isPending, disabled: rating?.mode === 'feedback' && !rating.stars }}
        cancelText={t('development.cancel')}
        destroyOnHidden
      >
        {rating && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text>{rating.mode === 'complete' ? t('development.courses.rateOptional') : t('development.courses.rateHint')}</Typography.Text>
            <Rate value={rating.stars} onChange={(stars) => setRating({ ...rating, stars })} />
            <Input.TextArea placeholder={t('development.courses.comment')} value={rating.comment} disabled={!rating.stars} maxLength={5000} autoSize={{ minRows: 3 }} onChange={(e) => setRating({ ...rating, comment: e.target.value })} />
          </Space>
        )}
      </Modal>
    </>
  );
}
