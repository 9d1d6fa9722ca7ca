import type { Instrument } from '../applications/codes';
import type { Locale } from '../messaging/request-reply';
import type { TemplateStatus } from './codes';
import { TemplateBodiesDto, TemplateDescriptionDto, TemplateTitleDto } from './legal-template.dto';

/** One version of a template in one language, without its body or variable schema. */
export class LegalTemplateSummaryView {
  key: string;
  /** Semantic version (1.2.0); a published version never changes. */
  version: string;
  locale: Locale;
  title: string;
  description: string;
  instruments: Instrument[];
  /** Deprecated: the first of `instruments`. */
  kind: Instrument;
  status: TemplateStatus;
  publishedAt?: string;
}

/** `GET /v1/legal-templates`: each version once per language, the newest first. */
export class LegalTemplateListView {
  items: LegalTemplateSummaryView[];
  nextCursor: string | null;
}

/** One version whole: what it says in both languages and the schema of its variables. */
export class LegalTemplateVersionView {
  key: string;
  version: string;
  title: TemplateTitleDto;
  description: TemplateDescriptionDto;
  instruments: Instrument[];
  /** Deprecated: the first of `instruments`. */
  kind: Instrument;
  /** A JSON Schema of an object: the variables the bodies read. */
  schema: Record<string, unknown>;
  bodies: TemplateBodiesDto;
  status: TemplateStatus;
  publishedAt?: string;
  createdAt: string;
  updatedAt: string;
}

/** `GET /v1/legal-templates/{key}`: its versions, the newest first (published ones only, but for operators). */
export class LegalTemplateView {
  key: string;
  versions: LegalTemplateVersionView[];
}

/** `POST …/preview`: the version rendered with the variables given, as a standalone HTML page. */
export class TemplatePreviewView {
  html: string;
}
