import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { DataService } from '../database/data.service.js';
import { JobHandler, type JobHandlerInstance, type JobRun } from '../jobs/job-handler.js';
import { PeopleImportService, type ImportResult } from './people-import.service.js';

/**
 * A people CSV import as a job: all-or-nothing like the mutation, with progress for the console
 * (checking the rows is the first half, writing them the second). The audit entry commits with it.
 */
@Injectable()
@JobHandler('people.import')
export class PeopleImportJob implements JobHandlerInstance<{ csv: string }, ImportResult> {
  constructor(
    private readonly importer: PeopleImportService,
    private readonly data: DataService,
    private readonly audit: AuditService,
  ) {}

  run(input: { csv: string }, job: JobRun): Promise<ImportResult> {
    return this.data.transaction(async () => {
      const result = await this.importer.import(input.csv, (phase, done, total) => {
        void job.progress(phase === 'validate' ? (done / total) * 50 : 50 + (done / total) * 50);
      });
      if (result.imported) await this.audit.record({ operation: 'importPeople', targetType: 'Job', targetId: job.id, after: { rows: result.rows, imported: result.imported } });
      return result;
    });
  }
}
