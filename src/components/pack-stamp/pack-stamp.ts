import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { PackStamp } from '../../engine/evaluate.js';
import { catalogue } from '../../i18n/index.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './pack-stamp.styles.js';

/**
 * Shows which rule pack made a recommendation: its id, version, the date it came into
 * force and its content hash, so a result can always be traced to the exact rules.
 *
 * @summary The rule pack's identity and content hash.
 * @tag eh-pack-stamp
 * @csspart list - The description list holding the stamp.
 * @csspart hash - The content hash.
 * @cssprop --eh-pack-stamp-font-size - Text size of the stamp.
 */
export class EhPackStamp extends LitElement {
  static override styles = [tokens, styles];

  /** The stamp to show, e.g. `recommendation.stamp`. */
  @property({ attribute: false }) stamp?: PackStamp;

  protected override render() {
    const { stamp } = this;
    if (!stamp) return nothing;
    const t = catalogue(this.closest('[lang]')?.getAttribute('lang') ?? undefined).report;
    return html`<dl part="list">
      <dt>${t.stamp}</dt>
      <dd>${t.stampLine(stamp.packId, stamp.version, stamp.effectiveFrom)}</dd>
      <dt>${t.contentHash}</dt>
      <dd><code part="hash">${stamp.contentHash}</code></dd>
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eh-pack-stamp': EhPackStamp;
  }
}
