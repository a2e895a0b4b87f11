import { App } from 'antd';
import { useCallback } from 'react';
import { useCadre } from '../context.js';
import type { GraphQLErrorEntry, GraphQLResult } from '../graphql.js';

/** The API's messages as one line. */
export const errorText = (errors: readonly GraphQLErrorEntry[]): string => errors.map((e) => e.message).join('; ');

/**
 * Runs a mutation and shows the outcome: a success toast (none when `success` is null, e.g. when
 * the page itself shows the result), or the API's message. Resolves with the data, or null.
 */
export function useRun() {
  const { message } = App.useApp();
  const { t } = useCadre();
  return useCallback(async <R,>(run: Promise<GraphQLResult<R>>, success: string | null): Promise<R | null> => {
    try {
      const result = await run;
      if (result.data) {
        if (success) void message.success(success);
        return result.data;
      }
      void message.error(errorText(result.errors) || t('common.error'));
    } catch (error) {
      void message.error((error as Error).message);
    }
    return null;
  }, [message, t]);
}
