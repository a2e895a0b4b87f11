import { LazyPart } from './LazyPart';

// Lazy: Result's three status illustrations would otherwise be a tenth of the first page's JavaScript.
const loadStatusResult = () => import('./StatusResult');

export function Forbidden() {
  return <LazyPart load={loadStatusResult} props={{ status: '403' as const }} />;
}

export function NotFound() {
  return <LazyPart load={loadStatusResult} props={{ status: '404' as const }} />;
}
