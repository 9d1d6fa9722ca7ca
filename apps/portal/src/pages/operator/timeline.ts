import type { TFunction } from 'i18next';

import type { Schemas } from '../../api/client';
import { list } from '../../i18n/format';
import { fr } from '../../i18n/fr';
import { operatorFr } from '../../i18n/operator.fr';

type Entry = Schemas['TimelineEntryView'];
type Events = typeof operatorFr.timeline.event;
type EventType = { [Topic in keyof Events]: `${Topic & string}.${keyof Events[Topic] & string}` }[keyof Events];

const known = <T extends object>(words: T, code: string): code is keyof T & string => code in words;

const isEventType = (type: string): type is EventType => {
  const [topic = '', name = ''] = type.split('.');
  return known(operatorFr.timeline.event, topic) && name in operatorFr.timeline.event[topic];
};

/** A template's title by its key, when known (the timeline's details name templates by key). */
export type TemplateTitles = ReadonlyMap<string, string>;

/**
 * An entry of the operations timeline in words: what happened, and its detail read back from the
 * codes the operations service writes it with (« funded, funded by programme », « score 82 »…).
 * A type or detail it does not know is shown as it came; a template by its title when `titles` has it.
 */
export function timelineEntryInWords(
  t: TFunction,
  entry: Entry,
  titles: TemplateTitles = new Map(),
): { what: string; detail?: string; source: string } {
  const source = t(`operator.timeline.sources.${entry.source}`);
  const what = isEventType(entry.type) ? t(`operator.timeline.event.${entry.type}`) : entry.type;
  const detail = entry.detail ?? undefined;
  if (!detail) return { what, source };
  const words = operatorFr.timeline;
  switch (entry.type) {
    case 'programme.budget-changed': {
      const state = /^budget hold (\w+)$/.exec(detail)?.[1] ?? '';
      return known(words.hold, state)
        ? { what: t(`operator.timeline.hold.${state}`), source }
        : { what, detail, source };
    }
    case 'application.screened':
      return detail === 'eligible' || detail === 'ineligible'
        ? {
            what,
            detail: t('operator.timeline.detail.screened', { result: t(`codes.applicationStatus.${detail}`) }),
            source,
          }
        : { what, detail, source };
    case 'application.decided': {
      const [, decision = '', by] = /^(funded|declined)(?:, funded by (programme|investor))?$/.exec(detail) ?? [];
      if (decision !== 'funded' && decision !== 'declined') return { what, detail, source };
      const status = t(`codes.applicationStatus.${decision}`);
      return {
        what,
        detail:
          by === 'programme' || by === 'investor'
            ? t('operator.timeline.detail.fundedBy', { decision: status, by: t(`operator.timeline.detail.by.${by}`) })
            : t('operator.timeline.detail.decided', { decision: status }),
        source,
      };
    }
    case 'application.consent-changed':
      return {
        what,
        detail: t(`operator.timeline.detail.${detail === 'shown to investors' ? 'shown' : 'hidden'}`),
        source,
      };
    case 'match.proposed': {
      const score = /^score (\d+(?:\.\d+)?)$/.exec(detail)?.[1];
      return { what, detail: score ? t('operator.timeline.detail.score', { score }) : detail, source };
    }
    case 'match.passed':
      return {
        what,
        detail: known(fr.codes.passReason, detail) ? t(`codes.passReason.${detail}`) : detail,
        source,
      };
    case 'match.retracted':
      return {
        what,
        detail: known(words.retractCause, detail) ? t(`operator.timeline.retractCause.${detail}`) : detail,
        source,
      };
    case 'document.generated': {
      const [key = '', version] = detail.split(' ');
      const template = titles.get(key) ?? key;
      return { what, detail: version ? t('operator.timeline.detail.template', { template, version }) : detail, source };
    }
    case 'document.signed': {
      const [, key = '', roles = ''] = /^(.+), signed by (.+)$/.exec(detail) ?? [];
      const template = titles.get(key) ?? key;
      const parties = roles
        .split(', ')
        .flatMap((role) => (known(fr.codes.partyRole, role) ? [t(`codes.partyRole.${role}`)] : []));
      return parties.length
        ? {
            what,
            detail: t('operator.timeline.detail.signedBy', {
              template,
              parties: list(parties),
            }),
            source,
          }
        : { what, detail, source };
    }
    case 'notification.sent':
    case 'notification.failed':
    case 'notification.dead': {
      const [, kind = '', channel = '', attempt] = /^(\S+) by (\S+), attempt (\d+)$/.exec(detail) ?? [];
      if (!known(words.kind, kind) || !known(fr.codes.channel, channel)) return { what, detail, source };
      return {
        what,
        detail: t('operator.timeline.detail.delivery', {
          kind: t(`operator.timeline.kind.${kind}`),
          channel: t(`codes.channel.${channel}`),
          attempt,
        }),
        source,
      };
    }
    default:
      return { what, detail, source };
  }
}
