import { DataService, PeopleDirectory, type SeedContext } from '@cadre/sdk';
import { addMonths } from '../risk/risk-features.js';
import { PersonChangeEntity } from '../risk/person-change.entity.js';

const FAMILY = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun'];
const GIVEN = ['Lei', 'Jing', 'Hao', 'Min', 'Yu', 'Tao', 'Xin', 'Bo', 'Lin', 'Kai', 'Rui', 'Yan'];
const REASONS = ['Joined a start-up', 'Relocated', 'Higher offer elsewhere', 'Went back to a PhD', 'Career change', 'Performance'];
export const DEMO_LEAVERS = 24;

/**
 * Two years of history for the risk model and the attrition pages: level, manager and pay
 * changes for everyone (raises about yearly), and 24 former colleagues who left about one a
 * month — most after a long wait for a raise or a level change and a recent manager change, with
 * pay below their level's average. Deterministic: the same tenant day gives the same history.
 */
export async function seedHistory(ctx: SeedContext, today: string): Promise<void> {
  const data = ctx.get(DataService);
  const directory = ctx.get(PeopleDirectory);
  const people = (await directory.all()).filter((p) => p.status === 'active');
  const changes = data.repo(PersonChangeEntity);
  const rows: PersonChangeEntity[] = [];
  const add = (personId: string, kind: PersonChangeEntity['kind'], day: string, value = '') => rows.push(changes.create({ personId, kind, day, value, sourceKey: `seed:${personId}:${kind}:${day}` }));

  for (const [i, p] of people.entries()) {
    const hired = p.hireDate ?? addMonths(today, -36);
    // A raise every 10–14 months since hiring, the last one within the year.
    const raises: string[] = [];
    // Some who stay also wait long for a raise (the pattern is a tendency, not a rule).
    const lastRaise = i % 6 === 0 ? 18 + (i % 10) : (i % 9) + 1;
    for (let d = addMonths(today, -lastRaise); d > hired; d = addMonths(d, -(10 + (i % 5)))) raises.unshift(d);
    raises.forEach((d, r) => add(p.id, 'pay', d, String(Math.round((p.compBase ?? 0) * (0.8 + (0.2 * (r + 1)) / raises.length)))));
    const levelChange = addMonths(today, -((i * 7) % 30) - 3);
    if (levelChange > hired) add(p.id, 'level', levelChange);
    if ((i % 11 === 0 || i % 7 === 3) && addMonths(today, -8) > hired) add(p.id, 'manager', addMonths(today, -(4 + (i % 9))));
  }

  const byLevel = new Map<string, number[]>();
  for (const p of people) if (p.compBase) byLevel.set(p.level, [...(byLevel.get(p.level) ?? []), p.compBase]);
  const template = people.filter((p) => p.compBase && p.orgUnitId && p.managerId && p.track === 'ic');
  for (let n = 0; n < DEMO_LEAVERS; n++) {
    const like = template[(n * 7) % template.length];
    const leaveDate = addMonths(today, -(n + 1));
    const hireDate = addMonths(leaveDate, -(14 + ((n * 5) % 30)));
    const levelMean = (byLevel.get(like.level) ?? [like.compBase!]).reduce((s, x) => s + x, 0) / (byLevel.get(like.level)?.length ?? 1);
    const voluntary = n % 5 !== 4;
    const name = `${FAMILY[n % FAMILY.length]} ${GIVEN[(n * 5) % GIVEN.length]}`;
    const person = await directory.create({
      name, email: `${name.toLowerCase().replace(' ', '.')}.${n + 1}@alumni.demo.local`, title: like.title, level: like.level, track: 'ic',
      managerId: like.managerId, orgUnitId: like.orgUnitId, location: like.location, hireDate, status: 'terminated', leaveDate,
      departure: { type: voluntary ? 'voluntary' : 'involuntary', regretted: voluntary && n % 3 === 0, reason: voluntary ? REASONS[n % 5] : REASONS[5] },
      compensation: { base: Math.round(levelMean * (0.82 + (n % 4) * 0.03)), currency: like.compCurrency ?? 'CNY' },
    });
    // The pattern the model should find: a long wait since the last raise and level change, a new manager.
    const typical = n % 3 !== 2; // a third leave for reasons the data does not show
    add(person.id, 'pay', addMonths(leaveDate, typical ? -(20 + (n % 8)) : -(4 + (n % 6))), String(person.compBase ?? ''));
    if (typical && n % 4 !== 3) add(person.id, 'manager', addMonths(leaveDate, -(2 + (n % 5))));
    if (addMonths(leaveDate, -30) > hireDate) add(person.id, 'level', addMonths(leaveDate, -30));
  }
  await changes.saveMany(rows);
  ctx.log(`insights: history for ${people.length} people and ${DEMO_LEAVERS} former colleagues`);
}
