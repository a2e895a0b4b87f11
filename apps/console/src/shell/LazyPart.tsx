import type { LazyComponent } from '@cadre/sdk/console';
import { Alert, Button, Skeleton } from 'antd';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { usePreferences } from '../preferences/usePreferences';
import { ErrorBoundary } from './ErrorBoundary';

// One React.lazy per module loader, so re-renders never re-create (and re-suspend) a part.
const cache = new WeakMap<object, LazyExoticComponent<ComponentType<any>>>();

export function lazyOf<P>(load: LazyComponent<P>): LazyExoticComponent<ComponentType<P>> {
  let component = cache.get(load);
  if (!component) {
    component = lazy(load);
    cache.set(load, component);
  }
  return component as LazyExoticComponent<ComponentType<P>>;
}

interface LazyPartProps<P> {
  load: LazyComponent<P>;
  props: P;
  /** Which failure text to show (a widget says "this widget could not load"). */
  failure?: string;
  compact?: boolean;
}

/** Loads a page, widget or slot on its own: a skeleton while loading, an error state with retry. */
export function LazyPart<P extends object>({ load, props, failure, compact }: LazyPartProps<P>) {
  const { t } = usePreferences();
  const Part = lazyOf(load);
  return (
    <ErrorBoundary
      fallback={(error, reset) => (
        // An Alert, not a Result: Result carries its status illustrations into the first page's bundle.
        <Alert
          type="warning"
          showIcon
          title={failure ?? t('common.error')}
          description={error.message}
          style={{ margin: compact ? 0 : 24 }}
          action={<Button onClick={() => { cache.delete(load); reset(); }}>{t('common.retry')}</Button>}
        />
      )}
    >
      <Suspense fallback={<Skeleton active paragraph={{ rows: compact ? 3 : 8 }} />}>
        <Part {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
