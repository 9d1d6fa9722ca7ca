import type { Catalogue } from './en';
import type { investorFr } from './investor.fr';

export const investorEn: Catalogue<typeof investorFr> = {};
