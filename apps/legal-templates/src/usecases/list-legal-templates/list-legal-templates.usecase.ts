import { Injectable } from '@nestjs/common';
import {
  type Actor,
  isOperator,
  type LegalTemplateListView,
  type LegalTemplateQueryDto,
  type LegalTemplateSummaryView,
  type Locale,
  OperatorsOnly,
} from '@pollen/contracts';
import { decodeCursor, page } from '@pollen/platform/mongo';

import { type TemplateVersion, toSummaryView } from '../../domain/template-version';
import { TemplateVersionStore } from '../../repositories/template-version.store';

const LOCALES: readonly Locale[] = ['fr', 'en'];

interface Item {
  id: string;
  createdAt: Date;
  view: LegalTemplateSummaryView;
}

/** One item per version and language, in page order: newest created first, then by id, French first. */
const itemsOf = (version: TemplateVersion, locales: readonly Locale[]): Item[] =>
  locales.map((locale) => ({
    id: `${version.id}#${locale}`,
    createdAt: version.createdAt,
    view: toSummaryView(version, locale),
  }));

/**
 * Template versions once per language: published ones for everyone signed in (they hold no personal
 * data), drafts too for operators, who alone may filter by status (403 for others).
 */
@Injectable()
export class ListLegalTemplates {
  constructor(private readonly store: TemplateVersionStore) {}

  async execute({ actor, query }: { actor: Actor; query: LegalTemplateQueryDto }): Promise<LegalTemplateListView> {
    if (query.status && !isOperator(actor)) throw new OperatorsOnly();
    const status = isOperator(actor) ? query.status : 'published';
    const limit = query.limit ?? 20;
    const from = query.cursor ? decodeCursor(query.cursor) : undefined;
    const locales = query.locale ? [query.locale] : LOCALES;
    // The cursor's own version comes back (its other language may be next): one more version than items.
    const versions = await this.store.fromCursor({ status, instrument: query.instrument }, from, limit + 2);
    const items = versions.flatMap((version) => itemsOf(version, locales)).filter((item) => isAfter(item, from));
    const result = page(items.slice(0, limit + 1), limit, (item) => item.createdAt);
    return { items: result.items.map((item) => item.view), nextCursor: result.nextCursor };
  }
}

/** Strictly after the cursor in page order (the store returns the cursor's version again). */
function isAfter(item: Item, from: { at: Date; id: string } | undefined): boolean {
  if (!from) return true;
  const at = item.createdAt.getTime();
  if (at !== from.at.getTime()) return at < from.at.getTime();
  const [versionId, locale] = item.id.split('#');
  const [fromVersionId, fromLocale] = from.id.split('#');
  if (versionId !== fromVersionId) return versionId > fromVersionId;
  return LOCALES.indexOf(locale as Locale) > LOCALES.indexOf(fromLocale as Locale);
}
