import {
  type Actor,
  type CreateTemplateVersionDto,
  isOperator,
  type LegalTemplateSummaryView,
  type LegalTemplateVersionView,
  type Locale,
  type TemplateStatus,
  type TemplateVersionContentDto,
} from '@pollen/contracts';
import { AggregateChange, type IdempotentAggregate } from '@pollen/platform/mongo';

/**
 * One version of a legal template, in both languages. A draft changes by merge patches; once
 * published it never changes again: a change is a new version (docs/legal-templates.md).
 */
export interface TemplateVersion extends IdempotentAggregate, TemplateVersionContentDto {
  key: string;
  /** The template's own version (1.2.0); `version` is the stored revision, the ETag. */
  semver: string;
  status: TemplateStatus;
  publishedAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

/** Template versions emit no events: documents generated from them do (a later part of issue 14). */
export class TemplateVersionChange extends AggregateChange<TemplateVersion, never> {}

export const templateVersionId = (key: string, semver: string): string => `${key}@${semver}`;

/** 1.10.2 → "000001.000010.000002": sorts as the versions do. */
export const semverOrder = (semver: string): string =>
  semver
    .split('.')
    .map((part) => part.padStart(6, '0'))
    .join('.');

/** Whether `candidate` comes after `latest` (1.10.0 after 1.9.3). */
export const isNewer = (candidate: string, latest: string): boolean => semverOrder(candidate) > semverOrder(latest);

/**
 * Whether `candidate` takes the variables `base` was written for: the same major version, not
 * older (1.3.0 for 1.1.0; not 2.0.0, which may read other variables).
 */
export const isCompatible = (candidate: string, base: string): boolean =>
  candidate.split('.')[0] === base.split('.')[0] && !isNewer(base, candidate);

/** A new draft version, as the request that creates it leaves it. */
export function newDraft(key: string, draft: CreateTemplateVersionDto, requestId: string, at: Date): TemplateVersion {
  const { version: semver, title, description, instruments, schema, bodies } = draft;
  return {
    id: templateVersionId(key, semver),
    key,
    semver,
    title,
    description,
    instruments,
    schema,
    bodies,
    status: 'draft',
    version: 1,
    appliedRequestIds: [requestId],
    createdAt: at,
    updatedAt: at,
  };
}

/** Drafts are for operators; everyone else reads published versions only. */
export const isReadableBy = (version: TemplateVersion, actor: Actor): boolean =>
  version.status === 'published' || isOperator(actor);

export function toVersionView(version: TemplateVersion): LegalTemplateVersionView {
  return {
    key: version.key,
    version: version.semver,
    title: version.title,
    description: version.description,
    instruments: version.instruments,
    kind: version.instruments[0],
    schema: version.schema,
    bodies: version.bodies,
    status: version.status,
    ...(version.publishedAt ? { publishedAt: version.publishedAt.toISOString() } : {}),
    createdAt: version.createdAt.toISOString(),
    updatedAt: version.updatedAt.toISOString(),
  };
}

export function toSummaryView(version: TemplateVersion, locale: Locale): LegalTemplateSummaryView {
  return {
    key: version.key,
    version: version.semver,
    locale,
    title: version.title[locale],
    description: version.description[locale],
    instruments: version.instruments,
    kind: version.instruments[0],
    status: version.status,
    ...(version.publishedAt ? { publishedAt: version.publishedAt.toISOString() } : {}),
  };
}
