import { Controller, Get, Header, HttpStatus, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { register } from 'prom-client';

import { ReadinessRegistry } from './readiness.registry';

/** What the readiness route does to the reply: a status, then the report. */
interface StatusReply {
  status(code: number): { send(body: unknown): unknown };
}

/** The observability contract of every service: liveness, readiness, Prometheus metrics. */
@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(private readonly readiness: ReadinessRegistry) {}

  /** The process runs and its event loop answers. */
  @Get('health/live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** 200 when the database, Kafka and the consumers' partitions are there; 503 otherwise. */
  @Get('health/ready')
  async ready(@Res() res: StatusReply): Promise<void> {
    const report = await this.readiness.report();
    res.status(report.ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).send({
      status: report.ready ? 'ready' : 'unavailable',
      checks: report.checks,
    });
  }

  @Get('metrics')
  @Header('Content-Type', register.contentType)
  metrics(): Promise<string> {
    return register.metrics();
  }
}
