/**
 * Side-effect free: element classes, types and the engine. Import
 * `early-help-pathway/define` to register the elements.
 */
export * from './engine/index.js';
export { EhPackStamp } from './components/pack-stamp/pack-stamp.js';
export { catalogue, catalogues, en, cy } from './i18n/index.js';
export type { Catalogue } from './i18n/index.js';
