import type { ServiceName } from '../messaging/envelope';
import { PageQueryDto } from '../messaging/page-query.dto';

/**
 * One event about an application, as the operations service indexed it: where it came from and
 * what it set off (correlation, cause, trace), never its data. A delivery's subject (its
 * notification id) holds its recipient's account id, until that account is erased.
 */
export class TimelineEntryView {
  eventId: string;
  type: string;
  occurredAt: string;
  /** The service that emitted it. */
  source: ServiceName;
  /** The aggregate it is about (the application, a match, a document, a notification). */
  subject: string;
  /** A few words on what happened (an outcome, a channel), when the type alone does not say it. */
  detail: string | null;
  correlationId: string;
  causationId: string | null;
  /** The W3C trace id it was published under, to find its spans in the tracing backend. */
  traceId: string | null;
  /** Where it is on Kafka. */
  topic: string;
  partition: number;
  offset: string;
}

/** `GET /v1/ops/applications/{id}/timeline`: oldest first. */
export class TimelinePageView {
  applicationId: string;
  items: TimelineEntryView[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Query of `GET /v1/ops/applications/{id}/timeline`. */
export class TimelineQueryDto extends PageQueryDto {}
