// The journey renders these elements, so registering it registers them too.
import '../choice-question/define.js';
import '../multi-choice-question/define.js';
import '../number-question/define.js';
import '../recommendation/define.js';
import '../text-question/define.js';
import '../yes-no-question/define.js';
import { EhPathway } from './pathway.js';

if (!customElements.get('eh-pathway')) customElements.define('eh-pathway', EhPathway);
// Re-exported as a type so that `define`'s declarations keep `EhPathway`'s global types (tag and events).
export type { EhPathway } from './pathway.js';
