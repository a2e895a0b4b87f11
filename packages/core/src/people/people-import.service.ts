import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { RequestContexts } from '../context/request-context.js';
import { DataService } from '../database/data.service.js';
import { EventBus } from '../events/event-bus.service.js';
import { ForbiddenError, UserInputError } from '../graphql/errors.js';
import { flattenValidationErrors } from '../graphql/validation.js';
import { type MessageText, Msg, msg } from '../i18n/msg.js';
import { PersonEntity } from './person.entity.js';
import { CreatePersonInput } from './person.inputs.js';
import { PersonCreated } from './people.events.js';
import { REPORTING_LINES_LOCK } from './people.service.js';
import { applyLeaving, todayUtc } from './departure.js';

export interface ImportRowError {
  row: number;
  field: string;
  /** English; a message with values also keeps its id and values, so a reader gets it in their language (localizeProblem). */
  message: string;
  messageId?: string;
  values?: string[];
}

/** A row problem as stored in the report (a job result outlives the request that asked). */
function problem(row: number, field: string, text: MessageText): ImportRowError {
  return text instanceof Msg ? { row, field, message: String(text), messageId: text.id, values: text.values.map(String) } : { row, field, message: text };
}

export interface ImportResult {
  rows: number;
  imported: number;
  errors: ImportRowError[];
}

export type ImportProgress = (phase: 'validate' | 'write', done: number, total: number) => void;

const COLUMNS = ['name', 'email', 'title', 'level', 'track', 'manager_email', 'org_unit_id', 'location', 'hire_date', 'status', 'leave_date', 'leave_type', 'leave_regretted', 'leave_reason', 'comp_base', 'comp_currency'];
const REQUIRED = ['name', 'email'];

/** CSV import of people: every row is checked first; one bad row means nothing is written. */
@Injectable()
export class PeopleImportService {
  constructor(
    private readonly data: DataService,
    private readonly events: EventBus,
  ) {}

  async import(csv: string, progress: ImportProgress = () => {}): Promise<ImportResult> {
    let records: Record<string, string>[];
    try {
      records = parse(csv, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true });
    } catch (error) {
      const line = (error as { lines?: number }).lines ?? 1;
      return { rows: 0, imported: 0, errors: [{ row: line, field: 'file', message: (error as Error).message }] };
    }
    const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].split(',').map((h) => h.trim().toLowerCase());
    const errors: ImportRowError[] = [];
    for (const column of header) if (!COLUMNS.includes(column)) errors.push(problem(1, column, msg`unknown column (expected some of ${COLUMNS.join(', ')})`));
    for (const column of REQUIRED) if (!header.includes(column)) errors.push(problem(1, column, msg`required column is missing`));
    if (errors.length) return { rows: records.length, imported: 0, errors };

    const ctx = RequestContexts.require();
    const mayWriteComp = ctx.system || ctx.permissions.has('people.compensation.write');
    const people = this.data.repo(PersonEntity);
    const existing = await people.query('p').select(['p.id', 'p.email']).getMany();
    const idByEmail = new Map(existing.map((p) => [p.email, p.id]));
    const fileEmails = new Map<string, number>();
    const inputs: Array<{ input: CreatePersonInput; managerEmail?: string }> = [];
    const created: PersonEntity[] = [];
    const today = todayUtc();

    records.forEach((record, index) => {
      const row = index + 2;
      const plain: Record<string, unknown> = {
        name: record.name, email: record.email?.toLowerCase(), title: record.title || undefined, level: record.level || undefined,
        track: record.track || undefined, orgUnitId: record.org_unit_id || undefined, location: record.location || undefined,
        hireDate: record.hire_date || undefined, status: record.status || undefined, leaveDate: record.leave_date || undefined,
      };
      if (record.leave_type || record.leave_regretted || record.leave_reason) {
        plain.departure = { type: record.leave_type || undefined, regretted: record.leave_regretted ? BOOLEAN[record.leave_regretted.toLowerCase()] ?? record.leave_regretted : undefined, reason: record.leave_reason || undefined };
      }
      if (record.comp_base || record.comp_currency) {
        if (!mayWriteComp) throw new ForbiddenError('Importing compensation needs the permission people.compensation.write');
        plain.compensation = { base: record.comp_base === '' ? NaN : Number(record.comp_base), currency: record.comp_currency };
      }
      const input = plainToInstance(CreatePersonInput, plain);
      const problems = flattenValidationErrors(validateSync(input));
      for (const p of problems) errors.push({ row, field: csvField(p.field), message: p.message });
      const person = people.create({
        name: input.name?.trim(), email: input.email, title: input.title ?? '', level: input.level ?? '', track: (input.track ?? 'ic') as PersonEntity['track'],
        orgUnitId: input.orgUnitId ?? null, location: input.location ?? '', hireDate: input.hireDate ?? null, status: (input.status ?? 'active') as PersonEntity['status'],
        compBase: input.compensation?.base ?? null, compCurrency: input.compensation?.currency ?? null, managerId: null,
        leaveDate: null, leaveType: null, leaveRegretted: false, leaveReason: '',
      });
      try {
        if (!problems.length) applyLeaving(person, input, null, today);
      } catch (error) {
        if (!(error instanceof UserInputError)) throw error;
        errors.push(problem(row, csvField(String(error.extra.field).replace(/^input\./, '')), error.detail));
      }
      created.push(person);
      const email = String(plain.email ?? '');
      if (email && idByEmail.has(email)) errors.push(problem(row, 'email', msg`a person with email ${email} already exists`));
      if (email && fileEmails.has(email)) errors.push(problem(row, 'email', msg`duplicates row ${fileEmails.get(email)}`));
      if (email) fileEmails.set(email, row);
      inputs.push({ input, managerEmail: record.manager_email?.toLowerCase() || undefined });
      progress('validate', index + 1, records.length);
    });
    inputs.forEach(({ managerEmail }, index) => {
      if (managerEmail && !idByEmail.has(managerEmail) && !fileEmails.has(managerEmail)) {
        errors.push(problem(index + 2, 'manager_email', msg`no person with email ${managerEmail} in the tenant or the file`));
      }
    });
    if (errors.length) return { rows: records.length, imported: 0, errors: errors.sort((a, b) => a.row - b.row) };

    await this.data.transaction(async () => {
      await this.data.lock(REPORTING_LINES_LOCK);
      for (let i = 0; i < created.length; i += 200) {
        await people.saveMany(created.slice(i, i + 200));
        progress('write', Math.min(i + 200, created.length), created.length);
      }
      for (const p of created) idByEmail.set(p.email, p.id);
      const withManager = created.filter((p, i) => {
        const managerEmail = inputs[i].managerEmail;
        if (managerEmail) p.managerId = idByEmail.get(managerEmail)!;
        return Boolean(managerEmail);
      });
      if (withManager.length) await people.saveMany(withManager);
      for (const p of created) await this.events.emit(PersonCreated, { personId: p.id, fields: ['import'] });
      // Thousands of new rows change the planner's picture. Only an optimisation (autovacuum
      // catches up later), so a failure here does not fail the committed import.
      this.data.afterCommit(() => this.data.refreshStatistics([PersonEntity]).catch(() => undefined));
    });
    return { rows: records.length, imported: inputs.length, errors: [] };
  }
}

const BOOLEAN: Record<string, boolean> = { true: true, yes: true, '1': true, false: false, no: false, '0': false };

const csvField = (field: string) =>
  ({
    hireDate: 'hire_date', orgUnitId: 'org_unit_id', 'compensation.base': 'comp_base', 'compensation.currency': 'comp_currency', compensation: 'comp_base',
    leaveDate: 'leave_date', departure: 'leave_date', 'departure.type': 'leave_type', 'departure.regretted': 'leave_regretted', 'departure.reason': 'leave_reason',
  })[field] ?? field;
