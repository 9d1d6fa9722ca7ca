import type { Catalogue } from './en';
import type { opsFr } from './ops.fr';

export const opsEn: Catalogue<typeof opsFr> = {};
