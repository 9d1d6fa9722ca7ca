import { randomUUID } from 'node:crypto';

import { Controller, Get, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StatusView } from '@pollen/contracts';
import type { HttpRequest } from '@pollen/platform/http';

import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { ServiceClient } from './service-client';

/** The platform at a glance, for the operators who run it: the operations service answers. */
@ApiTags('operations')
@ApiBearerAuth()
@Roles('operator')
@Controller('v1/ops/status')
export class OpsStatusController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  @ApiOperation({
    summary: 'The platform’s status (operators)',
    description:
      'Each service’s instances from their heartbeats (version, uptime, readiness, failing checks, outbox backlog; `silent` after three missed heartbeats), every consumer group’s lag per topic from Kafka, and the dead letters by state.',
  })
  @ApiOkResponse({ type: StatusView })
  @ApiProblems('unavailable')
  status(@Req() request: HttpRequest): Promise<StatusView> {
    return this.services.ask(request, 'operations.status', randomUUID(), {});
  }
}
