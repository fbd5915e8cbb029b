// The recommendation shows the pack stamp, so registering it registers that too.
import '../pack-stamp/define.js';
import { EhRecommendation } from './recommendation.js';

if (!customElements.get('eh-recommendation')) customElements.define('eh-recommendation', EhRecommendation);
// Re-exported as a type so that `define`'s declarations keep `EhRecommendation`'s global types (tag and events).
export type { EhRecommendation } from './recommendation.js';
