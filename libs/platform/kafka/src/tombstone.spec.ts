import { KafkaContext, KafkaParser } from '@nestjs/microservices';
import { KafkaRequestDeserializer } from '@nestjs/microservices/deserializers';
import { Headers, Topics } from '@pollen/contracts';
import type { Producer, ProducerRecord } from 'kafkajs';

import { newEvent } from './envelopes';
import { parseEventMessage } from './event-envelope';
import { inboundFromContext, type InboundMessage, PoisonMessageError } from './inbound-message';
import { InboundProcessor } from './inbound-processor';
import { eventRecord, TombstoneHeaders } from './tombstone';

const contactErased = () =>
  newEvent('account.contact-erased', {
    subject: 'account-1',
    aggregateVersion: 3,
    data: { accountId: 'account-1' },
    causationId: 'request-9',
  });

/** The record as a consumer reads it back from Kafka. */
const consumed = (record: { key?: unknown; value: unknown; headers?: unknown }): InboundMessage => ({
  topic: Topics.accountContacts.name,
  partition: 0,
  offset: '12',
  key: String(record.key),
  headers: Object.fromEntries(Object.entries(record.headers ?? {}).map(([name, value]) => [name, String(value)])),
  value: record.value,
});

const reasonOf = async (message: InboundMessage): Promise<string> => {
  try {
    await parseEventMessage(message);
    return 'accepted';
  } catch (error) {
    return error instanceof PoisonMessageError ? `${error.reason}: ${error.message}` : 'not poison';
  }
};

describe('tombstones', () => {
  it('go out as their key and no value, the envelope in headers; other events as JSON', () => {
    const tombstone = contactErased();
    const changed = newEvent('account.locale-changed', {
      subject: 'account-1',
      aggregateVersion: 2,
      data: { accountId: 'account-1', locale: 'fr' },
    });

    expect(eventRecord(tombstone)).toEqual({
      key: 'account-1',
      value: null,
      headers: {
        [Headers.correlationId]: tombstone.correlationId,
        [Headers.type]: 'account.contact-erased',
        [TombstoneHeaders.id]: tombstone.id,
        [TombstoneHeaders.version]: '1',
        [TombstoneHeaders.occurredAt]: tombstone.occurredAt,
        [TombstoneHeaders.aggregateVersion]: '3',
        [TombstoneHeaders.causationId]: 'request-9',
      },
    });
    expect(JSON.parse(String(eventRecord(changed).value))).toEqual(changed);
  });

  it('come back as the envelope that was published, with the key as the aggregate id', async () => {
    const tombstone = contactErased();

    await expect(parseEventMessage(consumed(eventRecord(tombstone)))).resolves.toEqual(tombstone);
  });

  it('are malformed without a value and a tombstone type, or without their envelope id', async () => {
    const record = eventRecord(contactErased());
    const noType = consumed({ ...record, headers: { [Headers.correlationId]: 'c-1' } });
    const notATombstoneType = consumed({
      ...record,
      headers: { ...record.headers, [Headers.type]: 'account.contact-changed' },
    });
    const { [TombstoneHeaders.id]: _id, ...withoutId } = record.headers as Record<string, string>;

    expect(await reasonOf(noType)).toBe('malformed: the message has no value and is not a tombstone of the catalogue');
    expect(await reasonOf(notATombstoneType)).toBe(
      'malformed: the message has no value and is not a tombstone of the catalogue',
    );
    expect(await reasonOf(consumed({ ...record, headers: withoutId }))).toBe('malformed: invalid event envelope: id');
  });

  it('reach the handler with no value, although Nest passes the whole record as the payload', async () => {
    const record = { ...eventRecord(contactErased()), offset: '12', timestamp: '0', attributes: 0, size: 0 };
    const raw = new KafkaParser().parse({ ...record, topic: Topics.accountContacts.name, partition: 0 });
    const packet = await new KafkaRequestDeserializer().deserialize(raw, { channel: Topics.accountContacts.name });
    const context = new KafkaContext([
      raw,
      0,
      Topics.accountContacts.name,
      null as never,
      null as never,
      null as never,
    ]);

    const message = inboundFromContext(packet.data, context);

    expect(packet.data).not.toBeNull();
    expect(message).toMatchObject({ key: 'account-1', value: null, offset: '12' });
  });

  it('are dead-lettered without a value when they cannot be read', async () => {
    const sent: ProducerRecord[] = [];
    const producer = { send: async (record: ProducerRecord) => void sent.push(record) };
    const sut = new InboundProcessor(() => producer as unknown as Producer, 'notifications');
    const stray = consumed({ key: 'account-1', value: null, headers: { [Headers.type]: 'account.contact-changed' } });

    await sut.process(stray, async (message) => void (await parseEventMessage(message)));

    expect(sent).toHaveLength(1);
    expect(sent[0].topic).toBe(`${Topics.accountContacts.name}.notifications.dlt`);
    expect(sent[0].messages[0]).toMatchObject({ key: 'account-1', value: null });
    expect(sent[0].messages[0].headers?.[Headers.dltReason]).toBe('malformed');
  });
});
