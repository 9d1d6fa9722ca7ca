import { type DocumentFormat, DomainException, type Locale } from '@pollen/contracts';

import { MarkupOutsideSubset } from '../rendering/markup';
import type { RenderedFiles } from '../rendering/render-job';
import { renderDocumentInSandbox, RenderFailed } from '../rendering/sandbox';
import type { TemplateVersion } from './template-version';

/**
 * A version rendered in one language, with variables already checked against its schema, to the
 * formats asked for. A render the limits stop, or markup outside the subset (a draft may hold
 * some; Liquid may write some), is a 422 naming why.
 */
export async function renderedFiles(
  version: TemplateVersion,
  locale: Locale,
  variables: Record<string, unknown>,
  formats: readonly DocumentFormat[],
): Promise<RenderedFiles> {
  try {
    return await renderDocumentInSandbox({
      body: version.bodies[locale],
      variables,
      locale,
      document: { title: version.title[locale], formats },
    });
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

/** The standalone HTML page a preview shows. */
export async function renderedHtml(
  version: TemplateVersion,
  locale: Locale,
  variables: Record<string, unknown>,
): Promise<string> {
  const { html } = await renderedFiles(version, locale, variables, ['html']);
  return Buffer.from(html ?? new Uint8Array()).toString('utf8');
}
