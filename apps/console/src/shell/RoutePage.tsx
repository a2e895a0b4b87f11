import { useEffect } from 'react';
import { useParams } from 'react-router';
import { usePreferences } from '../preferences/usePreferences';
import { allowed, type RegisteredRoute } from './compose';
import { LazyPart } from './LazyPart';
import { Forbidden } from './StatusPages';
import { useAccess } from './useShell';

/** One route of the core or a plugin: checked against the account's permissions, then lazy-loaded. */
export function RoutePage({ route }: { route: RegisteredRoute }) {
  const access = useAccess();
  const params = useParams();
  const { t } = usePreferences();
  const title = t(route.title);
  useEffect(() => {
    document.title = `${title} · Cadre`;
  }, [title]);
  if (!allowed(route, access)) return <Forbidden />;
  return <LazyPart key={route.id} load={route.load} props={{ params }} />;
}
