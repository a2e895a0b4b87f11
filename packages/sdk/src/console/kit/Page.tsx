import { Card, Flex, Skeleton, Space } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

export interface PageProps {
  /** The page's heading, on the first card's title line. */
  title: ReactNode;
  /** An icon (or a kind tag) before the heading. */
  icon?: ReactNode;
  /** Status tags (or a count) after the heading. */
  tags?: ReactNode;
  /** The page's actions and filters, on the heading's line. */
  extra?: ReactNode;
  /** A skeleton in place of the first card's content while it loads. */
  loading?: boolean;
  /** Cards shown under the first one, 16 px apart. */
  below?: ReactNode;
  testId?: string;
  style?: CSSProperties;
  children?: ReactNode;
}

/**
 * The frame of a console page, so every page reads the same way: a card headed by the title (with
 * its icon and tags) and the page's actions on the right, the content in it, and any further cards
 * below. The console shell already gives the page its breadcrumb and browser title.
 */
export function Page({ title, icon, tags, extra, loading, below, testId, style, children }: PageProps) {
  const heading = icon || tags ? <Space wrap>{icon}{title}{tags}</Space> : title;
  return (
    <Flex vertical gap={16}>
      <Card title={heading} extra={extra} loading={loading} data-testid={testId} style={style}>{children}</Card>
      {below}
    </Flex>
  );
}

/** A page whose first query has not answered yet: the card a page will fill, with a skeleton. */
export function PageLoading() {
  return <Card><Skeleton active /></Card>;
}
