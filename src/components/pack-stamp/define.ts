import { EhPackStamp } from './pack-stamp.js';

if (!customElements.get('eh-pack-stamp')) customElements.define('eh-pack-stamp', EhPackStamp);
