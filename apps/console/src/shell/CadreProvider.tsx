import { CadreConsoleContext, holds, type CadreConsole, type CadreViewer } from '@cadre/sdk/console';
import { useMemo, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useGraphQLMutation, useGraphQLQuery } from '../api/useGraphQLQuery';
import { useClient } from '../api/useClient';
import { saveExport } from '../api/save-export';
import { usePreferences } from '../preferences/usePreferences';

/** Gives plugin pages (and the core's) the CadreConsole of the signed-in account. */
export function CadreProvider({ viewer, children }: { viewer: CadreViewer; children: ReactNode }) {
  const { client } = useClient();
  const { locale, t } = usePreferences();
  const navigate = useNavigate();
  const value = useMemo<CadreConsole>(() => {
    const held = new Set(viewer.permissions);
    const request = client.request;
    return {
      request,
      viewer,
      locale,
      t,
      can: (permission) => holds(held, permission),
      useQuery: (document, variables, options) => useGraphQLQuery(request, document, variables, options),
      useMutation: (document, options) => useGraphQLMutation(request, document, options),
      navigate: (path) => void navigate(path),
      exportCsv: (id, variables) => saveExport(client, id, variables),
    };
  }, [client, viewer, locale, t, navigate]);
  return <CadreConsoleContext.Provider value={value}>{children}</CadreConsoleContext.Provider>;
}
