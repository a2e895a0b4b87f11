import { dataOrThrow, useCadre } from '@cadre/sdk/console';
import { useQuery } from '@tanstack/react-query';
import { Chart } from '../../charts/Chart';
import type { PeopleLevelsQuery } from '../../gql/graphql';
import { PeopleLevelsDocument } from './documents';
import { WidgetState } from './WidgetState';

// Numeric-aware, so P10 follows P9 rather than P1.
const levelOrder = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

export default function HeadcountLevelWidget() {
  const { request, t } = useCadre();
  // The API has no aggregate yet, so count from the directory, 200 at a time.
  const query = useQuery({
    queryKey: ['PeopleLevels'],
    queryFn: async () => {
      const counts = new Map<string, number>();
      let after: string | null = null;
      do {
        const { people }: PeopleLevelsQuery = dataOrThrow(await request(PeopleLevelsDocument, { after }));
        for (const p of people.nodes) counts.set(p.level || '—', (counts.get(p.level || '—') ?? 0) + 1);
        after = people.pageInfo.hasNextPage ? people.pageInfo.endCursor ?? null : null;
      } while (after);
      return [...counts.entries()].sort(([a], [b]) => levelOrder(a, b));
    },
  });
  const rows = query.data ?? [];
  return (
    <WidgetState isLoading={query.isLoading} error={query.error} empty={rows.length === 0} retry={() => void query.refetch()}>
      <Chart
        ariaLabel={t('widget.headcountLevel')}
        option={{
          tooltip: { trigger: 'axis' },
          grid: { left: 32, right: 8, top: 16, bottom: 24 },
          xAxis: { type: 'category', data: rows.map(([level]) => level) },
          yAxis: { type: 'value', minInterval: 1 },
          series: [{ type: 'bar', name: t('widget.people'), data: rows.map(([, n]) => n), barMaxWidth: 28, itemStyle: { borderRadius: [4, 4, 0, 0] } }],
        }}
      />
    </WidgetState>
  );
}
