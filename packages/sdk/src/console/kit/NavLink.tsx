import type { CSSProperties, ReactNode } from 'react';
import { useCadre } from '../context.js';

/** A link inside the console: client-side navigation, while a middle or modified click still opens a tab. */
export function NavLink({ to, children, testId, style }: { to: string; children: ReactNode; testId?: string; style?: CSSProperties }) {
  const { navigate } = useCadre();
  return (
    <a href={to} data-testid={testId} style={style} onClick={(e) => { if (e.button === 0 && !e.metaKey && !e.ctrlKey) { e.preventDefault(); navigate(to); } }}>
      {children}
    </a>
  );
}
