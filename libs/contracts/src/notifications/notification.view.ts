import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

import { PageQueryDto } from '../messaging/page-query.dto';
import type { DeliveryStatus, NotificationCategory, NotificationChannel, NotificationStatus } from './codes';

/** Where the same notice stands on the channels outside the platform; a channel it did not take is absent. */
export class NotificationDeliveryView {
  'e-mail'?: DeliveryStatus;
  /** Over every endpoint it went to: `sent` once all took it, else the furthest behind. */
  webhook?: DeliveryStatus;
}

/** One notification as its recipient sees it, in the caller's language. */
export class NotificationView {
  id: string;
  channel: NotificationChannel;
  category: NotificationCategory;
  /** Critical notifications bypass the recipient's preferences. */
  critical: boolean;
  title: string;
  body: string;
  /** Whether its recipient read it in the inbox; how it went by e-mail or webhook is `delivery`. */
  status: NotificationStatus;
  delivery: NotificationDeliveryView;
  /** The aggregate it is about (for example the application id). */
  subject: string;
  createdAt: string;
}

/** `GET /v1/me/notifications`: the caller's in-app inbox, newest first. */
export class NotificationListView {
  items: NotificationView[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** Unread notifications in the whole inbox, whatever the page or filter. */
  unreadCount: number;
}

/** Query of `GET /v1/me/notifications`: `limit` 1–100 (50 by default). */
export class ListNotificationsQueryDto extends PageQueryDto {
  /** `true`: only the unread ones. */
  @IsOptional()
  @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}

/** The notification a path names: only its recipient finds it. */
export class NotificationIdRequest {
  @IsString()
  @MaxLength(300)
  notificationId: string;
}

/** What `read-all` changed. */
export class NotificationsReadView {
  /** How many were unread and are now read. */
  read: number;
}
