import type { AttractionCompBands, PersonBandRef } from '../contracts.js';
import { DataService, PeopleDirectory } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { inferJobFamily } from '../shared/job-family.js';
import { bandKey } from './comp-band.mapper.js';
import { CompBandService } from './comp-band.service.js';
import { PersonJobFamilyEntity } from './person-job-family.entity.js';

/**
 * Published as 'attraction.comp-bands' (../contracts.ts): the one copy of the salary
 * ranges, read by incentives' merit matrices. A person's family is their mapping, else their
 * title's (as the compa-ratio uses). No access checks: callers check their own.
 */
@Injectable()
export class CompBandsApi implements AttractionCompBands {
  constructor(
    private readonly data: DataService,
    private readonly bands: CompBandService,
    private readonly people: PeopleDirectory,
  ) {}

  async bandsOfPeople(personIds: string[]): Promise<PersonBandRef[]> {
    if (!personIds.length) return [];
    const [people, { bands }, mappings] = await Promise.all([this.people.byIds(personIds), this.bands.all(), this.data.repo(PersonJobFamilyEntity).find()]);
    const mapped = new Map(mappings.map((m) => [m.personId, m.jobFamily]));
    return people.map((p) => {
      const jobFamily = mapped.get(p.id) ?? inferJobFamily(p.title);
      const band = jobFamily ? bands.get(bandKey(jobFamily, p.level)) : undefined;
      return {
        personId: p.id, jobFamily, level: p.level,
        band: band ? { jobFamily: band.jobFamily, level: band.level, currency: band.currency, minBase: band.minBase, midBase: band.midBase, maxBase: band.maxBase } : null,
      };
    });
  }
}
