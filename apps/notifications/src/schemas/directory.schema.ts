import { Schema } from 'mongoose';

export const RECIPIENT_MODEL = 'Recipient';
export const APPLICATION_SUMMARY_MODEL = 'ApplicationSummary';
export const INVESTOR_SUMMARY_MODEL = 'InvestorSummary';
export const INTRODUCTION_CONTACTS_MODEL = 'IntroductionContacts';

// Written whole from events whose shapes the contracts validate: kept as they came.
const facts = (collection: string) =>
  new Schema(
    { _id: { type: String, required: true } },
    { collection, strict: false, minimize: false, versionKey: false },
  );

export const recipientSchema = facts('recipients');
export const applicationSummarySchema = facts('application_summaries');
export const investorSummarySchema = facts('investor_summaries');
export const introductionContactsSchema = facts('introduction_contacts');
