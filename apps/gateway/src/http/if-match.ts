import type { HttpReply } from '@pollen/platform/http';

import { IfMatchRequired, IfMatchUnusable, IfMatchWeak } from '../errors';

/**
 * The versions If-Match accepts (RFC 9110): `"3"`, a list `"3", "4"`, or `*` for any current
 * version (undefined). If-Match compares strongly (§13.1.1), so a weak tag `W/"3"` matches nothing:
 * it stays in the list only to be ignored, and a list of weak tags alone can never hold.
 */
export function versionsFromIfMatch(ifMatch: string | undefined): number[] | undefined {
  if (!ifMatch) throw new IfMatchRequired();
  if (ifMatch.trim() === '*') return undefined;
  const tags = ifMatch.split(',').map((tag) => /^(W\/)?"(\d{1,9})"$/.exec(tag.trim()));
  if (tags.includes(null)) throw new IfMatchUnusable();
  const versions = tags.flatMap((tag) => (tag && !tag[1] ? [Number(tag[2])] : []));
  if (versions.length === 0) throw new IfMatchWeak();
  return versions;
}

/** Sends a view's version as its strong ETag, for the next `If-Match`. */
export function withEtag<T extends { version: number }>(response: HttpReply, view: T): T {
  response.header('ETag', `"${view.version}"`);
  return view;
}
