import { dataOrThrow, useCadre } from '@cadre/sdk/console';
import { LoadFailed, useLoadMore } from '@cadre/sdk/console/kit';
import { Badge, Button, Empty, Skeleton, theme as antdTheme, Typography } from 'antd';
import type { DragEvent } from 'react';
import { CANDIDATES_PAGE } from './api.js';
import { CandidateCard } from './CandidateCard.js';
import type { Candidate } from './types.js';
import { useT } from './i18n.js';

interface Props {
  stage: string;
  exit: boolean;
  requisitionId?: string | null;
  search?: string;
  /** Whether the card being dragged may move here (outlined), and whether it hovers here. */
  allowed: boolean;
  over: boolean;
  onDragOver(): void;
  onDragLeave(): void;
  onDrop(e: DragEvent<HTMLDivElement>): void;
  onDragStart(c: Candidate, e: DragEvent<HTMLDivElement>): void;
  onDragEnd(): void;
  onMove(c: Candidate, stage: string): void;
}

/**
 * One stage of the board, read from the server a page at a time: the longest-waiting candidates
 * first, its count the server's total, "Show more" for the next page. A stage with thousands of
 * candidates (rejected ones pile up) costs one page, not the whole pipeline.
 */
export function PipelineColumn({ stage, exit, requisitionId, search, allowed, over, onDragOver, onDragLeave, onDrop, onDragStart, onDragEnd, onMove }: Props) {
  const t = useT();
  const { t: kit, request } = useCadre();
  const { token } = antdTheme.useToken();
  const filter = { stage, requisitionId: requisitionId ?? null, search: search || null };
  const list = useLoadMore<Candidate>({
    key: ['AttractionPipelineColumn', filter],
    fetch: async ({ first, after }) => {
      const variables = { filter, sort: { field: 'STAGE_ENTERED_AT' as const, direction: 'ASC' as const }, first, after };
      return dataOrThrow(await request(CANDIDATES_PAGE, variables)).candidatesPage;
    },
  });

  return (
    <div
      data-testid={`column-${stage}`}
      aria-label={t(`attraction.stage.${stage}`)}
      role="list"
      onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; onDragOver(); }}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      style={{
        flex: exit ? '1 1 130px' : '1 1 170px', minWidth: exit ? 120 : 150, minHeight: 320, borderRadius: token.borderRadiusLG, padding: 8,
        background: over ? token.colorPrimaryBg : exit ? token.colorFillQuaternary : token.colorFillTertiary,
        outline: allowed ? `2px dashed ${token.colorPrimary}` : over ? `2px dashed ${token.colorError}` : 'none',
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '4px 4px 8px' }}>
        <Typography.Text strong>{t(`attraction.stage.${stage}`)}</Typography.Text>
        <Badge count={list.totalCount} showZero overflowCount={9999} color={exit ? token.colorTextQuaternary : token.colorPrimary} data-testid={`column-count-${stage}`} />
      </div>
      {list.isLoading ? <Skeleton active paragraph={{ rows: 3 }} title={false} />
        : list.error ? <LoadFailed compact error={list.error} retry={list.refetch} />
        : list.nodes.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={false} style={{ marginTop: 24 }} />
        : list.nodes.map((c) => (
          <CandidateCard key={c.id} candidate={c} showRequisition={!requisitionId}
            onDragStart={(e) => onDragStart(c, e)} onDragEnd={onDragEnd} onMove={(to) => onMove(c, to)} />
        ))}
      {list.hasMore && (
        <Button block size="small" type="dashed" loading={list.isLoadingMore} onClick={list.loadMore} data-testid={`column-more-${stage}`}>
          {kit('common.showMore')}
        </Button>
      )}
    </div>
  );
}
