import { DomainException, ErrorCode } from '@pollen/contracts';

import { failureKindOf } from './failure-kind';
import { PoisonMessageError } from './inbound-message';

const named = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(name), { name, ...extra });

describe('failureKindOf', () => {
  it.each([
    ['the database unreachable', named('MongoServerSelectionError')],
    [
      'mongoose giving up while disconnected',
      named('MongooseError', { message: 'Operation `x.find()` buffering timed out after 10000ms' }),
    ],
    ['no primary', named('MongoServerError', { code: 10107 })],
    ['a retryable write label', named('MongoServerError', { code: 1, errorLabels: ['RetryableWriteError'] })],
    ['a broker connection refused', named('KafkaJSConnectionError')],
    ['a retriable broker error', named('KafkaJSProtocolError', { retriable: true })],
    ['a socket reset', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['an outage wrapped in another error', new Error('could not save', { cause: named('MongoNetworkError') })],
    ['an unavailable service', new DomainException(ErrorCode.Unavailable, 'no answer')],
  ])('counts %s as infrastructure: never dead-lettered', (_what, error) => {
    expect(failureKindOf(error)).toBe('infrastructure');
  });

  it.each([
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'x')")],
    ['a violated invariant', new DomainException('application.not-draft')],
    ['a duplicate key', named('MongoServerError', { code: 11000 })],
    ['a broker refusing the record', named('KafkaJSProtocolError', { retriable: false })],
  ])('counts %s as a failure: bounded attempts, then a dead letter', (_what, error) => {
    expect(failureKindOf(error)).toBe('failure');
  });

  it('counts a malformed message as poison', () => {
    expect(failureKindOf(new PoisonMessageError('malformed', 'not JSON'))).toBe('poison');
  });
});
