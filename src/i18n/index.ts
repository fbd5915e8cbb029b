import { cy } from './cy.js';
import { en } from './en.js';
import type { Catalogue } from './types.js';

export type { Catalogue } from './types.js';
export { en, cy };

export const catalogues: Readonly<Record<'en' | 'cy', Catalogue>> = { en, cy };

export function catalogue(locale: string | undefined): Catalogue {
  return locale === 'cy' ? cy : en;
}
