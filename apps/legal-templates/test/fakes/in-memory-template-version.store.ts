import type { PageCursor } from '@pollen/platform/mongo';
import { InMemoryAggregateStore } from '@pollen/testing';

import { semverOrder, type TemplateVersion } from '../../src/domain/template-version';
import { TemplateVersionExists } from '../../src/errors';
import type { TemplateVersionFilter, TemplateVersionStore } from '../../src/repositories/template-version.store';

/** The template version store port in memory, sorted and filtered as the MongoDB adapter does. */
export class InMemoryTemplateVersionStore
  extends InMemoryAggregateStore<TemplateVersion>
  implements TemplateVersionStore
{
  protected conflictOf(version: TemplateVersion, others: TemplateVersion[], inserting: boolean): Error | undefined {
    return inserting && others.some((other) => other.id === version.id)
      ? new TemplateVersionExists(version.key, version.semver)
      : undefined;
  }

  async versionsOf(key: string): Promise<TemplateVersion[]> {
    return this.all()
      .filter((version) => version.key === key)
      .sort((a, b) => semverOrder(b.semver).localeCompare(semverOrder(a.semver)));
  }

  async fromCursor(
    filter: TemplateVersionFilter,
    from: PageCursor | undefined,
    limit: number,
  ): Promise<TemplateVersion[]> {
    const fromId = from?.id.split('#')[0];
    return this.all()
      .filter((version) => !filter.status || version.status === filter.status)
      .filter((version) => !filter.instrument || version.instruments.includes(filter.instrument))
      .filter(
        (version) =>
          !from ||
          version.createdAt < from.at ||
          (version.createdAt.getTime() === from.at.getTime() && fromId !== undefined && version.id >= fromId),
      )
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id))
      .slice(0, limit);
  }
}
