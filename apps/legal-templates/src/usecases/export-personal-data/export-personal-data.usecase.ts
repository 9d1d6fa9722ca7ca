import { Injectable } from '@nestjs/common';
import type { PersonalDataSectionsView } from '@pollen/contracts';

import { toDocumentView } from '../../domain/document';
import { DealFactsStore } from '../../repositories/deal-facts.store';
import { DocumentStore } from '../../repositories/document.store';

/**
 * What legal-templates holds about the asking account (RGPD art. 15 and 20): the documents it is a
 * party to or reads, as the party sees them (other signers only as the documents show them), with
 * where to download each file, and its own signatures with what identified them (its address and
 * browser: data about the person, shown to nobody else).
 */
@Injectable()
export class ExportPersonalData {
  constructor(
    private readonly documents: DocumentStore,
    private readonly deals: DealFactsStore,
  ) {}

  async execute({ accountId }: { accountId: string }): Promise<PersonalDataSectionsView> {
    const documents = await this.documents.ofAccount(accountId);
    return {
      service: 'legal-templates',
      sections: {
        // The party an investor's agreements name, when the account is an investor.
        investorOrganisation: (await this.deals.investor(accountId))?.organisation ?? null,
        documents: documents.map((document) => {
          const view = toDocumentView(document);
          return {
            ...view,
            links: view.files.map((file) => ({
              format: file.format,
              href: `/v1/documents/${document.id}/content?format=${file.format}`,
            })),
          };
        }),
        signatures: documents.flatMap((document) =>
          (document.signatures ?? [])
            .filter((signature) => signature.accountId === accountId)
            .map((signature) => ({
              documentId: document.id,
              title: document.title,
              role: signature.role,
              fullName: signature.fullName,
              capacity: signature.capacity,
              organisation: signature.organisation,
              signedAt: signature.signedAt.toISOString(),
              signedSha256: signature.sha256,
              authentication: signature.authentication,
              clientIp: signature.clientIp ?? null,
              userAgent: signature.userAgent ?? null,
            })),
        ),
      },
    };
  }
}
