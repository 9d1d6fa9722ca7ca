import type { Actor, ConsentNoticeVersion } from '@pollen/contracts';

export interface ChangeConsentsCommand {
  applicationId: string;
  requestId: string;
  actor: Actor;
  shareWithInvestors: boolean;
  noticeVersion: ConsentNoticeVersion;
  /** The versions If-Match accepts; undefined for `If-Match: *` (any current version). */
  expectedVersions?: number[];
}
