import { Controller, Get, Header, Inject } from '@nestjs/common';
import { Registry, collectDefaultMetrics, Counter, Histogram } from 'prom-client';
import { Public } from '../access/decorators.js';
import { DataService } from '../database/data.service.js';

export const METRICS = Symbol.for('cadre.metrics');

export interface Metrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  duration: Histogram<'method' | 'route'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'cadre_' });
  return {
    registry,
    requests: new Counter({ name: 'cadre_http_requests_total', help: 'HTTP requests', labelNames: ['method', 'route', 'status'], registers: [registry] }),
    duration: new Histogram({ name: 'cadre_http_request_duration_seconds', help: 'HTTP request duration', labelNames: ['method', 'route'], registers: [registry] }),
  };
}

@Controller()
export class HealthController {
  constructor(
    private readonly data: DataService,
    @Inject(METRICS) private readonly metrics: Metrics,
  ) {}

  @Get('health')
  @Public()
  async health() {
    await this.data.dataSource.query('SELECT 1');
    return { status: 'ok', database: this.data.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite' };
  }

  @Get('metrics')
  @Public()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  metricsText() {
    return this.metrics.registry.metrics();
  }
}
