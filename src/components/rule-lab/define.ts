// The lab asks the pack's questions with the question controls, so registering it registers them too.
import '../choice-question/define.js';
import '../multi-choice-question/define.js';
import '../number-question/define.js';
import '../text-question/define.js';
import '../yes-no-question/define.js';
import { EhRuleLab } from './rule-lab.js';

if (!customElements.get('eh-rule-lab')) customElements.define('eh-rule-lab', EhRuleLab);
// Re-exported as a type so that `define`'s declarations keep `EhRuleLab`'s global types (tag and events).
export type { EhRuleLab } from './rule-lab.js';
export type { EhPackEditEvent } from '../../events/pack-edit.js';
