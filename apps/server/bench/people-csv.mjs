// Generates a people CSV (README "People CSV columns") with a realistic reporting tree:
// one head under `rootManagerEmail` (or none), then managers with 4–9 direct reports each,
// ICs at the leaves. Deterministic for a given count and seed.

const FIRST = ['Ada', 'Ben', 'Chen', 'Dana', 'Emil', 'Fatima', 'Gao', 'Hana', 'Ivan', 'Jia', 'Kofi', 'Lena', 'Mateo', 'Nadia', 'Omar', 'Priya',
  'Quinn', 'Rui', 'Sara', 'Tomás', 'Uma', 'Viktor', 'Wei', 'Xin', 'Yara', 'Zoe', '李娜 Li Na', '王伟 Wang Wei', '张敏 Zhang Min', '刘洋 Liu Yang'];
const LAST = ['Abe', 'Brandt', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Horvat', 'Ito', 'Jensen', 'Kim', 'Lopez', 'Moreau', 'Nowak',
  'Okafor', 'Petrov', 'Quiroga', 'Rossi', 'Singh', 'Tanaka', 'Ueda', 'Varga', 'Wójcik', 'Xu', 'Yilmaz', 'Zhou'];
const IC_TITLES = ['Software Engineer', 'Research Scientist', 'ML Engineer', 'Data Engineer', 'Infrastructure Engineer', 'Product Designer', 'Technical Writer'];
const LOCATIONS = ['Beijing', 'Shanghai', 'Shenzhen', 'Singapore', 'London', 'Remote'];
const COLUMNS = ['name', 'email', 'title', 'level', 'track', 'manager_email', 'org_unit_id', 'location', 'hire_date', 'status', 'comp_base', 'comp_currency'];

/** A small deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quote = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/**
 * @param {object} o
 * @param {number} o.count            people to generate
 * @param {string} o.domain           email domain, e.g. "scale.local"
 * @param {string} [o.rootManagerEmail] an existing person the head reports to
 * @param {string[]} [o.orgUnitIds]   units to spread the head's sub-trees over
 * @param {number} [o.leaveRate]   share of people on leave (not in a review cycle)
 * @param {number} [o.seed]
 * @returns {{ csv: string, managers: number, depth: number }}
 */
export function peopleCsv({ count, domain, rootManagerEmail = '', orgUnitIds = [], leaveRate = 0.03, seed = 42 }) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const rows = [];
  // Breadth-first: every person gets 4–9 reports until `count` is reached, so the tree is bushy
  // at the top and its leaves are ICs, the way an organisation of that size looks.
  const queue = [];
  let depth = 0;
  const add = (manager, layer, unit) => {
    const i = rows.length;
    const name = `${pick(FIRST)} ${pick(LAST)} ${String(i).padStart(5, '0')}`;
    const row = {
      name, email: `p${i}@${domain}`, title: '', level: '', track: 'ic', manager_email: manager?.email ?? rootManagerEmail,
      org_unit_id: unit ?? '', location: pick(LOCATIONS), hire_date: `20${String(10 + Math.floor(r() * 15)).padStart(2, '0')}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
      status: r() < leaveRate ? 'leave' : 'active', comp_base: String(30_000_000 + Math.floor(r() * 90_000_000)), comp_currency: 'CNY', layer,
    };
    rows.push(row);
    queue.push(row);
    depth = Math.max(depth, layer);
    return row;
  };
  add(null, 0, orgUnitIds[0]);
  while (rows.length < count) {
    const manager = queue.shift();
    const reports = 4 + Math.floor(r() * 6);
    for (let k = 0; k < reports && rows.length < count; k++) {
      // The head's direct reports each lead one unit; their sub-trees stay in it.
      const unit = manager.layer === 0 && orgUnitIds.length ? orgUnitIds[k % orgUnitIds.length] : manager.org_unit_id;
      add(manager, manager.layer + 1, unit);
    }
  }
  const isManager = new Set(rows.map((p) => p.manager_email));
  let managers = 0;
  for (const p of rows) {
    if (isManager.has(p.email)) {
      managers++;
      p.track = 'management';
      p.level = `M${Math.max(1, 6 - p.layer)}`;
      p.title = p.layer === 0 ? 'Head of Engineering' : p.layer === 1 ? 'Director' : 'Engineering Manager';
    } else {
      p.level = `P${4 + Math.floor(r() * 5)}`;
      p.title = pick(IC_TITLES);
    }
  }
  const lines = [COLUMNS.join(','), ...rows.map((p) => COLUMNS.map((c) => quote(p[c])).join(','))];
  return { csv: `${lines.join('\n')}\n`, managers, depth };
}
