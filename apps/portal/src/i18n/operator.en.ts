import type { Catalogue } from './en';
import type { operatorFr } from './operator.fr';

export const operatorEn: Catalogue<typeof operatorFr> = {};
