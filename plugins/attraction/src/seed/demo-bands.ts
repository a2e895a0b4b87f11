import { DEMO_PEOPLE, DataService, PeopleDirectory, type SeedContext } from '@cadre/sdk';
import { CompBandEntity } from '../bands/comp-band.entity.js';
import { MarketRateEntity } from '../bands/market-rate.entity.js';
import { PersonJobFamilyEntity } from '../bands/person-job-family.entity.js';
import { inferJobFamily } from '../shared/job-family.js';

export const DEMO_LEVELS = ['P3', 'P4', 'P5', 'P6', 'P7', 'M4', 'M5', 'M6'] as const;

/** Band midpoints in thousands of CNY per level (P3 … P7, M4 … M6), fitted to the demo roster's pay. */
export const DEMO_MIDS: Record<string, number[]> = {
  'research-scientist': [400, 560, 760, 960, 1300, 1050, 1280, 1450],
  'research-engineer': [340, 480, 690, 900, 1200, 980, 1180, 1380],
  'software-engineer': [300, 470, 620, 860, 1180, 900, 1100, 1300],
  'data-engineer': [280, 440, 600, 830, 1100, 860, 1080, 1260],
  'product-manager': [280, 450, 630, 820, 1080, 860, 1050, 1250],
  designer: [250, 420, 560, 740, 950, 760, 920, 1100],
  operations: [250, 380, 500, 720, 900, 540, 700, 950],
};

const BONUS = [10, 10, 15, 15, 20, 15, 20, 25];
const EQUITY: Array<[number, number]> = [[0, 2000], [1000, 4000], [3000, 8000], [6000, 15000], [12000, 30000], [5000, 12000], [10000, 25000], [20000, 50000]];
// AI research talent is the hottest market: its percentiles sit higher and spread wider.
const MARKET = { standard: [82, 96, 112, 132], research: [88, 102, 120, 145] };
export const DEMO_MARKET_SOURCE = '2026 AI Talent Compensation Survey (China tier-1 cities)';

/** Bands ±20 % around the mid, market percentiles and everyone's job family. */
export async function seedBands(ctx: SeedContext): Promise<void> {
  const data = ctx.get(DataService);
  const bands: CompBandEntity[] = [];
  const markets: MarketRateEntity[] = [];
  const bandRepo = data.repo(CompBandEntity);
  const marketRepo = data.repo(MarketRateEntity);
  for (const [jobFamily, mids] of Object.entries(DEMO_MIDS)) {
    const research = jobFamily.startsWith('research');
    const [f25, f50, f75, f90] = research ? MARKET.research : MARKET.standard;
    DEMO_LEVELS.forEach((level, i) => {
      const mid = mids[i];
      const [eMin, eMax] = EQUITY[i].map((u) => (research ? u * 1.5 : u));
      bands.push(bandRepo.create({ jobFamily, level, currency: 'CNY', minBase: mid * 80_000, midBase: mid * 100_000, maxBase: mid * 120_000, bonusTargetPct: BONUS[i], equityMin: eMin, equityMax: eMax }));
      markets.push(marketRepo.create({ jobFamily, level, currency: 'CNY', p25: mid * f25 * 1000, p50: mid * f50 * 1000, p75: mid * f75 * 1000, p90: mid * f90 * 1000, source: DEMO_MARKET_SOURCE, asOf: '2026-07-01' }));
    });
  }
  await bandRepo.saveMany(bands);
  await marketRepo.saveMany(markets);

  const people = data.repo(PersonJobFamilyEntity);
  const ids = new Map((await ctx.get(PeopleDirectory).all()).map((p) => [p.email, p.id]));
  const mappings = DEMO_PEOPLE.flatMap((p) => {
    const family = inferJobFamily(p.title, p.department);
    const personId = ids.get(p.email);
    return family && personId ? [people.create({ personId, jobFamily: family })] : [];
  });
  await people.saveMany(mappings);
  ctx.log(`attraction: ${bands.length} bands with market data, ${mappings.length} job-family mappings`);
}
