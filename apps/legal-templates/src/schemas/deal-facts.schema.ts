import { Schema } from 'mongoose';

export const DEAL_PROGRAMME_MODEL = 'DealProgramme';
export const DEAL_APPLICATION_MODEL = 'DealApplication';
export const INTRODUCTION_MODEL = 'Introduction';
export const DEAL_INVESTOR_MODEL = 'DealInvestor';

// The facts are written whole from events whose shapes the contracts validate: kept as they came.
const facts = (collection: string) =>
  new Schema(
    { _id: { type: String, required: true } },
    { collection, strict: false, minimize: false, versionKey: false },
  );

export const dealProgrammeSchema = facts('deal_programmes');
export const dealApplicationSchema = facts('deal_applications');
export const introductionSchema = facts('introductions');
export const dealInvestorSchema = facts('deal_investors');
