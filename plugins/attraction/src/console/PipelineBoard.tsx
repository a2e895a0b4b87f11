import { useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { errorText, LoadFailed } from '@cadre/sdk/console/kit';
import { Alert, App, Badge, Empty, Skeleton, theme as antdTheme, Typography } from 'antd';
import { useState, type DragEvent } from 'react';
import { CANDIDATES, EXITS, MOVE_CANDIDATE, STAGES } from './api.js';
import { CandidateCard } from './CandidateCard.js';
import type { Candidate } from './types.js';
import { useT } from './i18n.js';

const COLUMNS = [...STAGES, ...EXITS];
const MIME = 'application/x-cadre-candidate';

/**
 * The pipeline as columns per stage. Cards move by native HTML5 drag and drop (antd has none) or
 * by each card's "Move to…" menu; the server decides: an illegal move shows its CONFLICT message.
 */
export function PipelineBoard({ requisitionId, search }: { requisitionId?: string | null; search?: string }) {
  const t = useT();
  const { message } = App.useApp();
  const { token } = antdTheme.useToken();
  const { data, error, isLoading, refetch } = useCadreQuery(CANDIDATES, { filter: { requisitionId: requisitionId ?? null, search: search || null } });
  const move = useCadreMutation(MOVE_CANDIDATE);
  const [dragging, setDragging] = useState<Candidate | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  if (isLoading) return <Skeleton active />;
  if (error) return <LoadFailed error={error} retry={refetch} />;
  const candidates = data?.candidates ?? [];

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

  const onDrop = (stage: string) => (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    const id = e.dataTransfer.getData(MIME) || e.dataTransfer.getData('text/plain');
    const candidate = candidates.find((c) => c.id === id) ?? dragging;
    setOver(null);
    setDragging(null);
    if (candidate) void moveTo(candidate, stage);
  };

  return (
    <div>
      {problem && <Alert type="error" showIcon closable={{ onClose: () => setProblem(null) }} title={problem} style={{ marginBottom: 12 }} role="alert" data-testid="move-error" />}
      <div style={{ display: 'flex', gap: 8, overflowX: 'auto', paddingBottom: 8 }} data-testid="pipeline-board">
        {COLUMNS.map((stage) => {
          const cards = candidates.filter((c) => c.stage === stage).sort((a, b) => a.stageEnteredAt.localeCompare(b.stageEnteredAt));
          const allowed = !!dragging && dragging.allowedMoves.includes(stage);
          const exit = (EXITS as readonly string[]).includes(stage);
          return (
            <div
              key={stage}
              data-testid={`column-${stage}`}
              aria-label={t(`attraction.stage.${stage}`)}
              role="list"
              onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; if (over !== stage) setOver(stage); }}
              onDragLeave={() => setOver((s) => (s === stage ? null : s))}
              onDrop={onDrop(stage)}
              style={{
                flex: exit ? '1 1 130px' : '1 1 170px', minWidth: exit ? 120 : 150, minHeight: 320, borderRadius: token.borderRadiusLG, padding: 8,
                background: over === stage ? token.colorPrimaryBg : exit ? token.colorFillQuaternary : token.colorFillTertiary,
                outline: allowed ? `2px dashed ${token.colorPrimary}` : over === stage ? `2px dashed ${token.colorError}` : 'none',
              }}
            >
              <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '4px 4px 8px' }}>
                <Typography.Text strong>{t(`attraction.stage.${stage}`)}</Typography.Text>
                <Badge count={cards.length} showZero color={exit ? token.colorTextQuaternary : token.colorPrimary} />
              </div>
              {cards.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={false} style={{ marginTop: 24 }} /> : cards.map((c) => (
                <CandidateCard
                  key={c.id}
                  candidate={c}
                  showRequisition={!requisitionId}
                  onDragStart={(e) => {
                    e.dataTransfer.setData(MIME, c.id);
                    e.dataTransfer.setData('text/plain', c.id);
                    e.dataTransfer.effectAllowed = 'move';
                    setDragging(c);
                  }}
                  onDragEnd={() => { setDragging(null); setOver(null); }}
                  onMove={(stage) => void moveTo(c, stage)}
                />
              ))}
            </div>
          );
        })}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('attraction.pipeline.hint')}</Typography.Text>
    </div>
  );
}
