import { Controller, type Type } from '@nestjs/common';
import { Events } from '@pollen/contracts';
import { EventConsumer, type InboundMessage } from '@pollen/platform/kafka';

import { TIMELINE_TOPICS, type TimelineEvent } from '../domain/timeline-entry';
import { RecordTimelineEntry } from '../usecases';

/** One consumer per topic the timeline indexes: every event type of the catalogue on it is recorded. */
export const TIMELINE_CONSUMERS: Type[] = TIMELINE_TOPICS.map((topic) => {
  const types = Object.entries(Events)
    .filter(([, definition]) => definition.topic.name === topic.name)
    .map(([type]) => type);

  @Controller()
  class TimelineConsumer extends EventConsumer('operations', topic) {
    constructor(private readonly record: RecordTimelineEntry) {
      super();
    }

    readonly handlers = Object.fromEntries(
      types.map((type) => [
        type,
        (event: TimelineEvent, message: InboundMessage) => this.record.execute({ event, message }),
      ]),
    ) as never;
  }
  // Nest and the logs tell the consumers apart by their class names.
  const name = topic.name.split('.')[2].replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
  Object.defineProperty(TimelineConsumer, 'name', { value: `Timeline${name}Consumer` });
  return TimelineConsumer;
});
