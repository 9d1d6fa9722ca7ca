import {
  Body,
  Controller,
  Get,
  HttpCode,
  type INestApplication,
  Module,
  Param,
  Patch,
  Post,
  Res,
} from '@nestjs/common';
import { DomainException, ErrorCode } from '@pollen/contracts';
import { HealthModule } from '@pollen/platform/health';
import type { HttpReply } from '@pollen/platform/http';
import { LoggingModule } from '@pollen/platform/logging';
import { register } from 'prom-client';
import request from 'supertest';

import { startService } from './start-service';

const PROBLEM = /^application\/problem\+json/;

@Controller('things')
class ThingsController {
  @Get()
  list(): { items: string[] } {
    return { items: ['a', 'b'] };
  }

  @Get('fail/reason')
  failWithReason(): never {
    throw new DomainException('application.not-draft');
  }

  @Get('fail/unavailable')
  failUnavailable(): never {
    throw new DomainException(ErrorCode.Unavailable, 'No answer in time', { details: { retryAfterSeconds: 2 } });
  }

  @Get('fail/database')
  database(): never {
    throw Object.assign(new Error('Server selection timed out after 5000 ms'), { name: 'MongoServerSelectionError' });
  }

  @Get('fail/bug')
  failWithBug(): never {
    throw new Error('connection string mongodb://secret@db');
  }

  @Get(':id')
  one(@Param('id') id: string, @Res({ passthrough: true }) reply: HttpReply): { id: string } {
    reply.header('ETag', '"7"');
    return { id };
  }

  @Post()
  @HttpCode(201)
  create(@Body() body: unknown): { received: unknown } {
    return { received: body ?? null };
  }

  @Patch(':id')
  patch(@Body() body: unknown): { patch: unknown } {
    return { patch: body };
  }
}

/** The body /health/live had when Express served it, whose ETag the conditional GET test knows. */
@Controller('status')
class StatusController {
  @Get()
  status(): { status: 'ok' } {
    return { status: 'ok' };
  }
}

@Module({
  imports: [LoggingModule.forRoot({ service: 'probe', level: 'silent' }), HealthModule],
  controllers: [ThingsController, StatusController],
})
class ProbeModule {}

/**
 * The HTTP contract every service gets from startService, whatever runs underneath (ADR 0010):
 * bodies, limits, conditional GET, problem+json, correlation ids, metrics by route template.
 */
describe('startService over HTTP', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await startService(ProbeModule, { port: 0 });
    http = request(app.getHttpServer());
  });

  afterAll(() => app?.close());

  describe('conditional GET', () => {
    it('tags a successful GET with a weak ETag (as Express did), and answers 304 to a client that has it', async () => {
      const first = await http.get('/status').expect(200, { status: 'ok' });
      expect(first.headers['etag']).toBe('W/"f-VaSQ4oDUiZblZNAEkkN+sX+q3Sg"');
      const again = await http.get('/status').set('If-None-Match', first.headers['etag']);
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
      await http.get('/status').set('If-None-Match', '"other"').expect(200);
      await http.get('/status').set('If-None-Match', '*').expect(304);
      await http
        .get('/status')
        .set('If-None-Match', first.headers['etag'])
        .set('Cache-Control', 'no-cache')
        .expect(200);
      const head = await http.head('/status').expect(200);
      expect(head.headers['etag']).toBe(first.headers['etag']);
    });

    it('keeps the ETag a handler set, and compares it weakly', async () => {
      const read = await http.get('/things/abc').expect(200, { id: 'abc' });
      expect(read.headers['etag']).toBe('"7"');
      await http.get('/things/abc').set('If-None-Match', '"7"').expect(304);
      await http.get('/things/abc').set('If-None-Match', 'W/"7"').expect(304);
      await http.get('/things/abc').set('If-None-Match', '"6"').expect(200);
    });

    it('tags neither writes nor errors', async () => {
      const created = await http.post('/things').send({ a: 1 }).expect(201);
      expect(created.headers['etag']).toBeUndefined();
      const missing = await http.get('/nothing-here').expect(404);
      expect(missing.headers['etag']).toBeUndefined();
    });
  });

  describe('request bodies', () => {
    it('reads application/json and every application/*+json as JSON', async () => {
      for (const type of [
        'application/json; charset=utf-8',
        'application/merge-patch+json',
        'application/vnd.x+json',
      ]) {
        const response = await http.patch('/things/1').set('Content-Type', type).send('{"title":"Atelier"}');
        expect(response.status).toBe(200);
        expect(response.body).toEqual({ patch: { title: 'Atelier' } });
      }
    });

    it('reads an empty JSON body as {}, and leaves any other body unread (no 415)', async () => {
      await http.post('/things').set('Content-Type', 'application/json').expect(201, { received: {} });
      await http.post('/things').set('Content-Type', 'text/plain').send('{"a":1}').expect(201, { received: null });
      await http
        .post('/things')
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .send('a=1')
        .expect(201, { received: null });
    });

    it('answers invalid JSON with a 400 problem', async () => {
      for (const body of ['{"title": ', '"just a string"']) {
        const response = await http.post('/things').set('Content-Type', 'application/json').send(body);
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toMatch(PROBLEM);
        expect(response.body).toMatchObject({ status: 400, code: 'validation-failed', instance: '/things' });
        expect(response.body.detail).toMatch(/^The request body is not valid JSON \(.+\)$/);
      }
    });

    it('accepts 100 kB, and answers a larger body with a 413 problem', async () => {
      const envelope = '{"padding":""}'.length;
      await http
        .post('/things')
        .send({ padding: 'x'.repeat(100 * 1024 - envelope) })
        .expect(201);
      const response = await http.post('/things').send({ padding: 'x'.repeat(100 * 1024) });
      expect(response.status).toBe(413);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({ status: 413, code: 'payload-too-large', instance: '/things' });
    });
  });

  describe('errors', () => {
    it('answers an unknown route or method with a 404 problem', async () => {
      for (const response of [await http.get('/nothing-here'), await http.delete('/things')]) {
        expect(response.status).toBe(404);
        expect(response.headers['content-type']).toMatch(PROBLEM);
        expect(response.body.code).toBe('not-found');
      }
    });

    it('gives the reason code as `code`, Retry-After on 503, and no internals on 500', async () => {
      const reason = await http.get('/things/fail/reason').expect(409);
      expect(reason.body).toMatchObject({
        code: 'application.not-draft',
        type: 'https://pollen.dev/problems/conflict',
      });
      const unavailable = await http.get('/things/fail/unavailable').expect(503);
      expect(unavailable.headers['retry-after']).toBe('2');
      expect(unavailable.body.code).toBe('unavailable');
      // The gateway's own database down (registering, logging in): 503 to retry, not a 500.
      const database = await http.get('/things/fail/database').expect(503);
      expect(database.headers['retry-after']).toBe('2');
      expect(database.body).toMatchObject({ code: 'unavailable' });
      expect(JSON.stringify(database.body)).not.toContain('selection');
      const bug = await http.get('/things/fail/bug').expect(500);
      expect(bug.headers['content-type']).toMatch(PROBLEM);
      expect(JSON.stringify(bug.body)).not.toContain('secret');
    });
  });

  it('routes without regard to case or a trailing slash, as Express did', async () => {
    await http.get('/things/').expect(200, { items: ['a', 'b'] });
    await http.get('/THINGS/Abc').expect(200, { id: 'Abc' });
  });

  it('echoes the correlation id and puts it in problems; sends no X-Powered-By', async () => {
    const response = await http.get('/nothing-here').set('X-Correlation-Id', 'corr-id-12345');
    expect(response.headers['x-correlation-id']).toBe('corr-id-12345');
    expect(response.body.correlationId).toBe('corr-id-12345');
    const posted = await http
      .post('/things')
      .set('X-Correlation-Id', 'corr-id-67890')
      .set('Content-Type', 'application/json')
      .send('{"a": ');
    expect(posted.status).toBe(400);
    expect(posted.body.correlationId).toBe('corr-id-67890');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('labels the HTTP latency histogram by route template', async () => {
    await http.get('/things/xyz').expect(200);
    // What the management port serves (ManagementServer), read from the registry itself.
    expect(await register.metrics()).toMatch(
      /pollen_http_request_seconds_count\{method="GET",route="\/things\/:id",status="200"\} \d+/,
    );
  });
});
