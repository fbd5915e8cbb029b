import { EhPackStamp } from './pack-stamp.js';

if (!customElements.get('eh-pack-stamp')) customElements.define('eh-pack-stamp', EhPackStamp);
// Re-exported as a type so that `define`'s declarations keep `EhPackStamp`'s global types (tag and events).
export type { EhPackStamp } from './pack-stamp.js';
