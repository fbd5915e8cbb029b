import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { PackStamp } from '../../engine/evaluate.js';
import { LocaleController } from '../../controllers/locale.js';
import { formatDate } from '../../i18n/format.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './pack-stamp.styles.js';

/**
 * Shows which rule pack made a recommendation: its id, version, the date it came into
 * force and its content hash, so a result can always be traced to the exact rules. The
 * hash shows its first twelve characters until opened, and prints in full.
 *
 * @summary The rule pack's identity and content hash.
 * @tag eh-pack-stamp
 * @attr lang - `en` or `cy`; by default the nearest `lang` attribute above the element (inside `<eh-recommendation>`, the recommendation's).
 * @csspart list - The description list holding the stamp.
 * @csspart hash-details - The fold holding the full hash: its first twelve characters on screen until opened; on paper, the full hash.
 * @csspart hash - The content hash, in full.
 * @cssprop --eh-pack-stamp-font-size - Text size of the stamp.
 */
export class EhPackStamp extends LitElement {
  static override styles = [tokens, styles];

  /** The stamp to show, e.g. `recommendation.stamp`. */
  @property({ attribute: false }) stamp?: PackStamp;

  private readonly i18n = new LocaleController(this);

  protected override render() {
    const { stamp } = this;
    if (!stamp) return nothing;
    const { locale } = this.i18n;
    const t = this.i18n.t.report;
    const from = formatDate(stamp.effectiveFrom, locale);
    return html`<dl part="list">
      <dt>${t.stamp}</dt>
      <dd>${t.stampLine(stamp.packId, stamp.version, from)}</dd>
      <dt>${t.contentHash}</dt>
      <dd>
        <details part="hash-details">
          <summary><code>${stamp.contentHash.slice(0, 12)}</code>… <span class="show">${t.showHash}</span></summary>
          <code part="hash">${stamp.contentHash}</code>
        </details>
      </dd>
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eh-pack-stamp': EhPackStamp;
  }
}
