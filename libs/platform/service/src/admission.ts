import { ErrorCode } from '@pollen/contracts';
import { PROBLEM_CONTENT_TYPE, problemOf } from '@pollen/platform/http';
import type { FastifyInstance } from 'fastify';

/** Retry-After of a refused request, in whole seconds, spread so refused clients do not return together. */
const RETRY_AFTER_SECONDS = { least: 1, most: 4 };

const retryAfterSeconds = (): number =>
  RETRY_AFTER_SECONDS.least + Math.floor(Math.random() * (RETRY_AFTER_SECONDS.most - RETRY_AFTER_SECONDS.least + 1));

/**
 * Admission control: at most `maxInFlight` requests are served at once; one more is refused at
 * once with 503 `unavailable` and a Retry-After, before it costs a database operation or a message.
 * Without it an overload (a deadline rush) collapses: every request waits for the same database,
 * each past its deadline, and each retry adds to the wait, so nearly nothing gets through. With it,
 * the requests let in finish in time and the rest come back later, spread over a few seconds.
 */
export function admitAtMost(fastify: FastifyInstance, maxInFlight: number): void {
  let inFlight = 0;
  fastify.addHook('onRequest', (request, reply, done) => {
    if (inFlight >= maxInFlight) {
      const retryAfter = retryAfterSeconds();
      const problem = problemOf(ErrorCode.Unavailable, `${inFlight} requests are being served; retry shortly`, {
        details: { retryAfterSeconds: retryAfter },
        instance: request.url,
        correlationId: String(request.id),
      });
      reply
        .code(problem.status)
        .header('Retry-After', String(retryAfter))
        .header('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`)
        .send(JSON.stringify(problem));
      return;
    }
    inFlight++;
    // 'close' comes once the answer is sent or the client went away, whichever ends the request.
    reply.raw.once('close', () => inFlight--);
    done();
  });
}
