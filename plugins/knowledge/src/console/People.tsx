import { NavLink } from '@cadre/sdk/console/kit';
import { Space } from 'antd';
import type { KnowledgePerson } from './types.js';

/** People as links to their pages, on one line. */
export function People({ people }: { people: readonly KnowledgePerson[] }) {
  return <Space size={[4, 0]} wrap separator={<span>·</span>}>{people.map((p) => <NavLink key={p.id} to={`/people/${p.id}`}>{p.name}</NavLink>)}</Space>;
}
