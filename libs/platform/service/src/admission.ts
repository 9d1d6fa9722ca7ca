import { ErrorCode } from '@pollen/contracts';
import { httpRequestsRefusedAtCapacity, PROBLEM_CONTENT_TYPE, problemOf } from '@pollen/platform/http';
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
 * What is counted is answers owed: a client that goes away frees its place at once, though the
 * work it started (a message already sent) finishes unwatched.
 */
export function admitAtMost(fastify: FastifyInstance, maxInFlight: number): void {
  let inFlight = 0;
  fastify.addHook('onRequest', (request, reply, done) => {
    const socket = request.raw.socket;
    // A request whose client has gone already is not let in either: nobody waits for its answer.
    if (inFlight >= maxInFlight || socket.destroyed) {
      httpRequestsRefusedAtCapacity.inc();
      const retryAfter = retryAfterSeconds();
      const problem = problemOf(ErrorCode.Unavailable, 'The service is at capacity; retry shortly', {
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
    // The response's 'close' comes once the answer is sent or its client went away; but a response
    // queued behind another on a pipelined connection never gets one if the socket closes first.
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      inFlight--;
      socket.off('close', release);
    };
    reply.raw.once('close', release);
    socket.once('close', release);
    done();
  });
}
