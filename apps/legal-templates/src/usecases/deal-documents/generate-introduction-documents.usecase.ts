import { Injectable } from '@nestjs/common';
import { type MatchIntroducedData, parisDay } from '@pollen/contracts';
import { ErasureLog } from '@pollen/platform/mongo';

import { legalFormText, projectName } from '../../domain/agreement-terms';
import { confidentialityAgreement, letterOfIntent } from '../../domain/deal-documents';
import type { IntroductionFacts } from '../../domain/deal-facts';
import { DealFactsStore } from '../../repositories/deal-facts.store';
import { DocumentMaker } from '../document-maker';
import { DealFactsNotYetKnown } from './generate-funding-agreement.usecase';

/**
 * An introduction starts due diligence: it is kept (an investor's funding names it later), and
 * the confidentiality agreement between the two organisations is generated — with the letter of
 * intent when the investor asked for one — in French, with an English translation when either
 * side chose English. A redelivery makes the same ids: nothing new. An introduction one side of
 * which was erased (the event was in flight during the erasure) is neither kept nor documented:
 * the erasure deleted that side's facts and unsigned documents. The investor's organisation travels
 * on a topic of its own: the introduction waits for it.
 */
@Injectable()
export class GenerateIntroductionDocuments {
  constructor(
    private readonly deals: DealFactsStore,
    private readonly maker: DocumentMaker,
    private readonly erasures: ErasureLog,
  ) {}

  async execute(command: { eventId: string; occurredAt: Date; data: MatchIntroducedData }): Promise<void> {
    const { data } = command;
    const sides = [data.applicant.accountId, data.investor.accountId];
    if ((await this.erasures.erasedAmong(sides)).size > 0) return;
    const investor = await this.deals.investor(data.investor.accountId);
    if (!investor) throw new DealFactsNotYetKnown('the organisation of the introduced investor is not projected yet');
    const legalForm = legalFormText(data.applicant.organisation.legalForm);
    const introduction: IntroductionFacts = {
      matchId: data.matchId,
      applicationId: data.applicationId,
      applicant: {
        accountId: data.applicant.accountId,
        locale: data.applicant.locale,
        organisation: {
          name: data.applicant.organisation.name,
          siren: data.applicant.organisation.siren,
          ...(legalForm ? { legalForm } : {}),
        },
      },
      investor: {
        accountId: data.investor.accountId,
        locale: data.investor.locale,
        organisation: investor.organisation,
      },
      request: data.request,
      ...(data.interest.amountCents ? { interestCents: data.interest.amountCents } : {}),
      ...(data.interest.letterOfIntent ? { letterOfIntent: true } : {}),
      introducedAt: command.occurredAt,
    };
    await this.deals.saveIntroduction(introduction);
    const application = await this.deals.application(data.applicationId);
    const project = projectName(application, data.request.purpose);
    const signedOn = parisDay(command.occurredAt);
    const documents = [confidentialityAgreement(introduction, command.eventId, project, signedOn)];
    if (introduction.letterOfIntent) documents.push(letterOfIntent(introduction, command.eventId, project, signedOn));
    for (const document of documents) await this.maker.makeForDeal(document, command.eventId, command.occurredAt);
  }
}
