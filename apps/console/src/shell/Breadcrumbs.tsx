import { Breadcrumb } from 'antd';
import { Link, matchPath, useLocation } from 'react-router';
import { usePreferences } from '../preferences/usePreferences';
import type { RegisteredRoute } from './compose';
import { useShell } from './useShell';

/** The route that best names `path`: an exact pattern match, static segments before parameters. */
function routeFor(routes: readonly RegisteredRoute[], path: string): RegisteredRoute | undefined {
  const params = (r: RegisteredRoute) => (r.path.match(/:/g) ?? []).length;
  return routes.filter((r) => matchPath({ path: r.path, end: true }, path)).sort((a, b) => params(a) - params(b))[0];
}

export function crumbsFor(routes: readonly RegisteredRoute[], pathname: string): { path: string; title: string }[] {
  const segments = pathname.split('/').filter(Boolean);
  const crumbs: { path: string; title: string }[] = [];
  for (let i = 0; i < segments.length; i += 1) {
    const path = `/${segments.slice(0, i + 1).join('/')}`;
    const route = routeFor(routes, path);
    if (route) crumbs.push({ path, title: route.title });
  }
  return crumbs;
}

export function Breadcrumbs() {
  const { registry } = useShell();
  const { pathname } = useLocation();
  const { t } = usePreferences();
  const crumbs = crumbsFor(registry.routes, pathname);
  const items = [{ path: '/', title: t('shell.home') }, ...crumbs.map((c) => ({ path: c.path, title: t(c.title) }))];
  return (
    <Breadcrumb
      aria-label="breadcrumb"
      style={{ marginBottom: 16 }}
      items={items.map((item, i) => ({ key: item.path, title: i < items.length - 1 ? <Link to={item.path}>{item.title}</Link> : item.title }))}
    />
  );
}
