import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { relayGroupOf, RelayTopics } from '@pollen/contracts';
import { gauge } from '@pollen/platform/health';
import type { Consumer } from 'kafkajs';

import { KafkaConnection } from './kafka-connection';
import { consumerConfig, KAFKA_OPTIONS, type KafkaModuleOptions } from './kafka-options';

const leading = gauge('pollen_outbox_relay_leader', '1 on the replica that relays the outboxes, 0 on the others', []);

/** What the relay is told: whether this replica leads now, and that another replica wrote. */
export interface RelayLeadershipListener {
  leadershipChanged(leading: boolean): void;
  woken(): void;
}

/**
 * Which replica of a service relays its outboxes: the member of the consumer group
 * `<service>-relay-<database>` that holds the one partition of `pollen.<service>.relay.v1`. Kafka's group
 * protocol does the election; a replica that stops or stops heartbeating loses the partition and
 * another is given it. The one leading is told when a rebalance starts (the partition moves only
 * once every member has rejoined), and its relay stops between two sends; a new leader waits a
 * moment before its first pass, so the send its predecessor had in flight is done. What is left
 * (a replica frozen past its session) may publish a batch twice, which consumers absorb
 * (idempotent on event ids; docs/adr/0019-outbox-relay-election.md).
 * The other replicas wake the leader by writing an empty record there after each write.
 */
@Injectable()
export class RelayLeadership implements OnApplicationShutdown {
  private readonly logger = new Logger(RelayLeadership.name);
  private readonly topic: string;
  private consumer?: Consumer;
  private listener?: RelayLeadershipListener;
  private leads = false;
  private waking?: Promise<void>;
  private wakeAgain = false;
  private handover?: NodeJS.Timeout;
  private rejoin?: NodeJS.Timeout;
  private group = '';

  constructor(
    private readonly connection: KafkaConnection,
    @Inject(KAFKA_OPTIONS) private readonly options: KafkaModuleOptions,
  ) {
    this.topic = RelayTopics[options.service].name;
  }

  get isLeader(): boolean {
    return this.leads;
  }

  /**
   * Joins the election among the replicas relaying `database`'s outboxes; `listener` hears of every
   * change, and of wake-ups while it leads.
   */
  async start(listener: RelayLeadershipListener, database: string): Promise<void> {
    this.listener = listener;
    this.group = relayGroupOf(this.options.service, database);
    await this.connection.ready();
    await this.join();
  }

  private async join(): Promise<void> {
    const consumer = this.connection.kafka.consumer(consumerConfig(this.options, this.group));
    this.consumer = consumer;
    const { GROUP_JOIN, REBALANCING, CRASH, STOP, DISCONNECT } = consumer.events;
    consumer.on(GROUP_JOIN, ({ payload }) => {
      if (payload.memberAssignment[this.topic]?.includes(0)) this.leadAfterHandover();
      else this.set(false);
    });
    // The partition may go elsewhere as soon as a rebalance starts: stop relaying until it ends.
    for (const event of [REBALANCING, CRASH, STOP, DISCONNECT] as const) consumer.on(event, () => this.set(false));
    // kafkajs does not restart a consumer after some errors of a broker restart ("Failed to find
    // group coordinator"): no replica would ever relay again. Join again (as PollenKafkaServer does).
    consumer.on(CRASH, ({ payload }) => {
      if (!payload.restart && this.consumer === consumer) this.joinAgainSoon();
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [this.topic], fromBeginning: false });
    await consumer.run({ autoCommit: true, eachMessage: async () => this.listener?.woken() });
  }

  /** A new consumer in the group, retrying with a growing delay while the broker refuses it. */
  private joinAgainSoon(delayMs = 1000): void {
    this.rejoin = setTimeout(() => {
      const crashed = this.consumer;
      if (!crashed) return; // shut down meanwhile
      void crashed
        .disconnect()
        .catch(() => undefined)
        .then(() => (this.consumer === crashed ? this.join() : undefined))
        .catch((error: Error) => {
          this.logger.warn({ err: error.message, group: this.group }, 'relay election not joined yet; trying again');
          this.joinAgainSoon(Math.min(delayMs * 2, 10_000));
        });
    }, delayMs);
  }

  /**
   * Tells the leader that this replica wrote. Wake-ups asked for while one is on its way are sent
   * as one more, so a burst of writes costs two records, not one each.
   */
  wakeLeader(): void {
    if (this.leads || !this.consumer) return;
    if (this.waking) {
      this.wakeAgain = true;
      return;
    }
    this.waking = this.connection.producer
      .send({ topic: this.topic, messages: [{ value: null }] })
      .then(() => undefined)
      .catch((error: Error) => this.logger.warn({ err: error.message }, 'could not wake the relaying replica'))
      .finally(() => {
        this.waking = undefined;
        if (this.wakeAgain) {
          this.wakeAgain = false;
          this.wakeLeader();
        }
      });
  }

  /** Leaves the group, so another replica takes over at once rather than after a session timeout. */
  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.handover);
    clearTimeout(this.rejoin);
    while (this.waking) await this.waking; // a coalesced wake-up goes out too
    const consumer = this.consumer;
    this.consumer = undefined; // no wake-ups from here on: the producer is closing
    await consumer?.disconnect().catch(() => undefined);
    this.set(false);
  }

  /**
   * Leads once the previous leader's send in flight, if any, is done: it stopped relaying when the
   * rebalance began, but a send it had started runs to its end (a few hundred ms; more under load).
   */
  private leadAfterHandover(): void {
    if (this.leads || this.handover) return;
    const delayMs = this.options.profile === 'fast' ? 500 : 3000;
    this.handover = setTimeout(() => {
      this.handover = undefined;
      this.set(true);
    }, delayMs);
  }

  private set(leads: boolean): void {
    if (!leads) {
      clearTimeout(this.handover);
      this.handover = undefined;
    }
    if (leads === this.leads) return;
    this.leads = leads;
    leading.set(leads ? 1 : 0);
    this.logger.log(leads ? 'this replica relays the outboxes' : 'this replica no longer relays the outboxes');
    this.listener?.leadershipChanged(leads);
  }
}
