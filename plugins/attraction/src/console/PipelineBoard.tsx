import { useCadreMutation } from '@cadre/sdk/console';
import { errorText } from '@cadre/sdk/console/kit';
import { Alert, App, Typography } from 'antd';
import { useState, type DragEvent } from 'react';
import { EXITS, MOVE_CANDIDATE, STAGES } from './api.js';
import { PipelineColumn } from './PipelineColumn.js';
import type { Candidate } from './types.js';
import { useT } from './i18n.js';

const COLUMNS = [...STAGES, ...EXITS];
const MIME = 'application/x-cadre-candidate';

/**
 * The pipeline as columns per stage, each paged on the server (PipelineColumn). Cards move by
 * native HTML5 drag and drop (antd has none) or by each card's "Move to…" menu; the server
 * decides: an illegal move shows its CONFLICT message. A move refetches the columns shown.
 */
export function PipelineBoard({ requisitionId, search }: { requisitionId?: string | null; search?: string }) {
  const t = useT();
  const { message } = App.useApp();
  const move = useCadreMutation(MOVE_CANDIDATE);
  const [dragging, setDragging] = useState<Candidate | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const moveTo = async (candidate: Candidate, stage: string) => {
    if (candidate.stage === stage) return;
    setProblem(null);
    try {
      const result = await move.mutate({ id: candidate.id, stage });
      if (result.data) {
        void message.success(t('attraction.pipeline.moved', { name: candidate.name, stage: t(`attraction.stage.${stage}`) }));
        return;
      }
      const text = errorText(result.errors);
      setProblem(text);
      void message.error(text);
    } catch (e) {
      setProblem((e as Error).message);
    }
  };

  // The card dragged is the one whose drag started on this board (its id also travels in the drag data).
  const onDrop = (stage: string) => (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    const id = e.dataTransfer.getData(MIME) || e.dataTransfer.getData('text/plain');
    const candidate = dragging && (!id || dragging.id === id) ? dragging : null;
    setOver(null);
    setDragging(null);
    if (candidate) void moveTo(candidate, stage);
  };

  return (
    <div>
      {problem && <Alert type="error" showIcon closable={{ onClose: () => setProblem(null) }} title={problem} style={{ marginBottom: 12 }} role="alert" data-testid="move-error" />}
      <div style={{ display: 'flex', gap: 8, overflowX: 'auto', paddingBottom: 8 }} data-testid="pipeline-board">
        {COLUMNS.map((stage) => (
          <PipelineColumn
            key={stage}
            stage={stage}
            exit={(EXITS as readonly string[]).includes(stage)}
            requisitionId={requisitionId}
            search={search}
            allowed={!!dragging && dragging.allowedMoves.includes(stage)}
            over={over === stage}
            onDragOver={() => { if (over !== stage) setOver(stage); }}
            onDragLeave={() => setOver((s) => (s === stage ? null : s))}
            onDrop={onDrop(stage)}
            onDragStart={(c, e) => {
              e.dataTransfer.setData(MIME, c.id);
              e.dataTransfer.setData('text/plain', c.id);
              e.dataTransfer.effectAllowed = 'move';
              setDragging(c);
            }}
            onDragEnd={() => { setDragging(null); setOver(null); }}
            onMove={(c, to) => void moveTo(c, to)}
          />
        ))}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('attraction.pipeline.hint')}</Typography.Text>
    </div>
  );
}
