import { useCadre, useCadreMutation } from '@cadre/sdk/console';
import { Section, useRun } from '@cadre/sdk/console/kit';
import { Button, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { ADD_NOTE } from './api.js';
import type { Note } from './types.js';
import { useT } from './i18n.js';

/** Notes on a candidate, newest first; anyone who sees the candidate may add one. */
export function CandidateNotes({ candidateId, notes }: { candidateId: string; notes: Note[] }) {
  const t = useT();
  const run = useRun();
  const add = useCadreMutation(ADD_NOTE);
  const [body, setBody] = useState('');
  const submit = async () => {
    if (await run(add.mutate({ candidateId, body }), t('attraction.saved'))) setBody('');
  };
  return (
    <Section title={t('attraction.candidate.notes')}>
      <Input.TextArea rows={3} value={body} onChange={(e) => setBody(e.target.value)} placeholder={t('attraction.candidate.notePlaceholder')} aria-label={t('attraction.candidate.notes')} />
      <Button style={{ marginTop: 8 }} disabled={!body.trim()} loading={add.isPending} onClick={() => void submit()}>{t('attraction.candidate.addNote')}</Button>
      <List
        style={{ marginTop: 12 }}
        dataSource={notes}
        locale={{ emptyText: t('attraction.candidate.noNotes') }}
        renderItem={(n) => (
          <List.Item>
            <List.Item.Meta title={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{n.authorName ?? '—'} · {new Date(n.createdAt).toLocaleString()}</Typography.Text>} description={<Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{n.body}</Typography.Text>} />
          </List.Item>
        )}
      />
    </Section>
  );
}
