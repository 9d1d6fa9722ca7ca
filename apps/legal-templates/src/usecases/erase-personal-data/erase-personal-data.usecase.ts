import { Injectable } from '@nestjs/common';
import type { ErasedRecords, ErasureRequestedData, KeptRecord } from '@pollen/contracts';
import type { HandledAs } from '@pollen/platform/kafka';
import { AccountLocaleStore, ErasureLog } from '@pollen/platform/mongo';

import { DocumentChange, type LegalDocument } from '../../domain/document';
import { retentionOf, type RetentionRule } from '../../domain/retention';
import { templateVersionId } from '../../domain/template-version';
import { DealFactsStore } from '../../repositories/deal-facts.store';
import { DocumentFileStore, DocumentStore } from '../../repositories/document.store';
import { TemplateVersionStore } from '../../repositories/template-version.store';

/** What a kept document is, in the confirmation: the template's key says which agreement, never who. */
const keptWhat = (document: LegalDocument) => `signed ${document.templateKey}`;

/**
 * Erases what legal-templates holds about an account. A document every party signed is an
 * agreement and the law keeps it (see domain/retention.ts): the account leaves its readers and
 * parties, and its signature keeps only what the signed file prints (name, capacity, organisation,
 * date, how the signer was identified); the address and browser recorded, and the account, go.
 * Every other document of the account goes with its files: a draft, a document ready to sign and
 * one signed by some parties only bind no one (no contract is formed until every party agrees,
 * art. 1113 Code civil), and a translation is never the agreement. The account's language and
 * the deal facts naming it go too. Templates record no author: operators' erasure leaves them be.
 * A second delivery finds nothing left and is a duplicate.
 */
@Injectable()
export class ErasePersonalData {
  constructor(
    private readonly documents: DocumentStore,
    private readonly files: DocumentFileStore,
    private readonly templates: TemplateVersionStore,
    private readonly deals: DealFactsStore,
    private readonly locales: AccountLocaleStore,
    private readonly log: ErasureLog,
  ) {}

  async execute(command: { eventId: string; data: ErasureRequestedData }, now = new Date()): Promise<HandledAs> {
    const { accountId, erasureId } = command.data;
    let deleted = 0;
    let anonymised = 0;
    for (const document of await this.documents.ofAccount(accountId)) {
      if (this.isAgreement(document)) {
        await this.keep(document, accountId, erasureId, command.eventId, now);
        anonymised += 1;
      } else {
        await this.files.removeOf(document.id);
        await this.documents.remove(document.id);
        deleted += 1;
      }
    }
    const facts = await this.deals.forgetAccount(accountId);
    await this.locales.forget(accountId);
    const erased: ErasedRecords[] = [
      { what: 'unsigned documents and their files', count: deleted, how: 'deleted' },
      { what: 'signed agreements (signer data not in the signed file)', count: anonymised, how: 'anonymised' },
      { what: 'deal facts (applications, investor organisation, introductions)', count: facts, how: 'deleted' },
    ];
    // Listed from the documents themselves: a retry after a crash lists those the first run kept.
    const kept: KeptRecord[] = (await this.documents.keptFor(erasureId)).map((document) => ({
      what: keptWhat(document),
      id: document.id,
      basis: document.legalBasis ?? '',
      until: (document.retainedUntil ?? now).toISOString(),
    }));
    const completed = await this.log.completed(
      { erasureId, service: 'legal-templates', erased, kept },
      { accountId, causationId: command.eventId },
    );
    return completed ? 'applied' : 'duplicate';
  }

  private isAgreement(document: LegalDocument): boolean {
    return document.status === 'signed' && document.binding !== false && !document.translationOf;
  }

  private async keep(
    document: LegalDocument,
    accountId: string,
    erasureId: string,
    eventId: string,
    now: Date,
  ): Promise<void> {
    const rule = await this.ruleOf(document);
    const { until, basis } = retentionOf(document, rule);
    for (let tries = 0; tries < 3; tries += 1) {
      const current = tries === 0 ? document : await this.documents.findById(document.id);
      if (!current) return;
      const change = new DocumentChange(current, eventId, now);
      const next = change.next;
      next.readers = (next.readers ?? []).filter((reader) => reader !== accountId);
      next.parties = (next.parties ?? []).map(({ accountId: party, ...rest }) =>
        party === accountId ? rest : { ...rest, ...(party ? { accountId: party } : {}) },
      );
      next.signatures = (next.signatures ?? []).map((signature) => {
        if (signature.accountId !== accountId) return signature;
        const { accountId: _account, clientIp: _ip, userAgent: _agent, ...printed } = signature;
        return printed;
      });
      // Kept for two erasures (both parties): the later end wins.
      if (!next.retainedUntil || next.retainedUntil < until) {
        next.retainedUntil = until;
        next.legalBasis = basis;
      }
      next.keptFor = [...new Set([...(next.keptFor ?? []), erasureId])];
      if (await this.documents.update(next, current.version, [])) return;
    }
    throw new Error(`document ${document.id} kept changing while its party was erased`);
  }

  /** An agreement made from a template for one instrument moves money or securities: accounting. */
  private async ruleOf(document: LegalDocument): Promise<RetentionRule> {
    const version = await this.templates.findById(templateVersionId(document.templateKey, document.templateVersion));
    // A template gone from the store: the longer period, rather than delete evidence too early.
    if (!version) return 'accounting';
    return version.instruments.length === 1 ? 'accounting' : 'evidence';
  }
}
