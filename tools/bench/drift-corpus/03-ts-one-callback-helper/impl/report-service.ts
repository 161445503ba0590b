import { NotFoundError } from './errors.js';
import type { ReportRepository } from './report-repository.js';
import type { Logger } from './logger.js';
import { gzip } from 'node:zlib';

export interface Report {
  id: string;
  title: string;
  body: string;
}

function compress(text: string, done: (err: Error | null, data?: Buffer) => void): void {
  gzip(Buffer.from(text), (err, data) => done(err, data));
}

export class ReportService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly logger: Logger,
  ) {}

  async getReport(reportId: string): Promise<Report> {
    const report = await this.reports.findById(reportId);
    if (!report) throw new NotFoundError(`report ${reportId}`);
    return report;
  }

  async archiveReport(reportId: string): Promise<void> {
    const report = await this.getReport(reportId);
    const data = await new Promise<Buffer>((resolve, reject) => compress(report.body, (err, out) => (err ? reject(err) : resolve(out as Buffer))));
    await this.reports.archive(reportId, data);
    this.logger.info('report archived', { reportId });
  }

  async listReports(ownerId: string): Promise<Report[]> {
    return this.reports.findByOwner(ownerId);
  }

  async renameReport(reportId: string, title: string): Promise<Report> {
    const report = await this.getReport(reportId);
    const renamed = { ...report, title };
    await this.reports.save(renamed);
    return renamed;
  }

  async deleteReport(reportId: string): Promise<void> {
    await this.getReport(reportId);
    await this.reports.remove(reportId);
  }

  async countReports(ownerId: string): Promise<number> {
    const all = await this.listReports(ownerId);
    return all.length;
  }
}
