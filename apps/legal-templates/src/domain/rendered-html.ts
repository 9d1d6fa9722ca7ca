import { DomainException, type Locale } from '@pollen/contracts';

import { toHtml } from '../rendering/html';
import { documentTreeOf, MarkupOutsideSubset } from '../rendering/markup';
import { RenderFailed, renderInSandbox } from '../rendering/sandbox';
import type { TemplateVersion } from './template-version';

/**
 * A version rendered in one language with variables already checked against its schema, as a
 * standalone HTML page: what a preview shows. A render the limits stop, or markup outside the
 * subset (a draft may hold some), is a 422 naming why.
 */
export async function renderedHtml(
  version: TemplateVersion,
  locale: Locale,
  variables: Record<string, unknown>,
): Promise<string> {
  try {
    const html = await renderInSandbox({ body: version.bodies[locale], variables, locale });
    return toHtml(documentTreeOf(html), version.title[locale], locale);
  } catch (error) {
    if (error instanceof RenderFailed) {
      throw new DomainException('template.render-failed', error.message, { details: { failure: error.failure } });
    }
    if (error instanceof MarkupOutsideSubset) {
      throw new DomainException('template.unsupported-markup', error.message, {
        details: { locale, found: error.found },
      });
    }
    throw error;
  }
}
