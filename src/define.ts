/** Registers every `eh-*` element. The only entry point with side effects. */
import './components/pack-stamp/define.js';
