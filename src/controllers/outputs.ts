import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Recommendation } from '../engine/evaluate.js';
import { toFhirBundle } from '../engine/fhir.js';
import type { Override } from '../engine/override.js';
import { toReferral } from '../engine/referral.js';
import { recommendationSummary, recommendationText } from '../engine/report.js';
import type { Answers, Pack } from '../engine/schema.js';
import type { RecommendationViewStrings } from '../i18n/recommendation-view.js';
import { saveFile } from '../components/save-file.js';

/** What an output is made of: the element's current result, decision, pack and answers. */
export interface OutputSource {
  readonly recommendation?: Recommendation | undefined;
  readonly override?: Override | undefined;
  readonly pack?: Pack | undefined;
  readonly answers?: Answers | undefined;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * What a practitioner takes away from a result: print (with or without the answers), copy
 * (a short summary or the full record) and download (referral summary, FHIR Bundle), with
 * the status each leaves for the live regions. Kept apart from the element so that it shows
 * the result and the decision, and this does the clipboard, files and printing.
 */
export class OutputsController implements ReactiveController {
  copyStatus?: 'copied' | 'copied-full' | 'failed';
  /** The text last copied, shown in a box to copy by hand when copying failed. */
  copyText = '';
  downloadStatus = '';
  /** True while the browser prints with the answers as an appendix. */
  printAnswers = false;

  constructor(
    private readonly host: Host,
    private readonly source: () => OutputSource,
    private readonly strings: () => RecommendationViewStrings['download'],
    /** Called before the update that shows the copy box, so the host can move focus to it. */
    private readonly onCopyFailed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A copy or a file made before is no longer what is on screen. Call from `willUpdate`. */
  reset(): void {
    this.copyStatus = undefined;
    this.copyText = '';
    this.downloadStatus = '';
  }

  /** The browser's print, of the result alone or with the answers given as an appendix. */
  async print(withAnswers: boolean): Promise<void> {
    this.printAnswers = withAnswers;
    this.host.requestUpdate();
    await this.host.updateComplete;
    try {
      window.print();
    } finally {
      // A print from the browser's own menu afterwards is the short one again.
      this.printAnswers = false;
      this.host.requestUpdate();
    }
  }

  /** The short summary for an email or a note, or the full record for a case system. */
  textOf(full: boolean): string {
    const { recommendation, override, pack, answers } = this.source();
    if (!recommendation) return '';
    return (full ? recommendationText : recommendationSummary)(recommendation, { override, pack, answers });
  }

  async copy(full: boolean): Promise<void> {
    const text = this.textOf(full);
    if (!text) return;
    // Clear the live region first, so that the same message is announced again on a second copy.
    this.copyStatus = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const copied = (await this.writeToClipboard(text)) || this.copyBySelection(text);
    this.copyText = text;
    this.copyStatus = copied ? (full ? 'copied-full' : 'copied') : 'failed';
    if (!copied) this.onCopyFailed();
    this.host.requestUpdate();
  }

  /**
   * The referral summary or the FHIR Bundle as a file. Only the answers the pack asks are in
   * it, and nothing identifying; the file name says which pack made it and when.
   */
  download(kind: 'referral' | 'fhir'): void {
    const { pack, answers, recommendation, override } = this.source();
    if (!pack || !answers || !recommendation) return;
    const now = new Date();
    const t = this.strings();
    try {
      const data =
        kind === 'referral'
          ? toReferral(pack, answers, recommendation, override, { now })
          : toFhirBundle(pack, answers, recommendation, { now, ...(override ? { override } : {}) });
      const name = `${kind === 'referral' ? 'referral' : 'fhir-bundle'}-${pack.id}-${pack.version}-${now.toISOString().slice(0, 10)}.json`;
      saveFile(
        name,
        `${JSON.stringify(data, null, 2)}\n`,
        kind === 'fhir' ? 'application/fhir+json' : 'application/json',
      );
      this.downloadStatus = t.saved(name);
    } catch (error) {
      // A defect, not the practitioner's doing: say so plainly, and leave the details for whoever maintains the page.
      console.error(`${this.host.localName}:`, error);
      this.downloadStatus = t.failed;
    }
    this.host.requestUpdate();
  }

  /** The Clipboard API: absent on plain-http pages, and it may refuse. */
  private async writeToClipboard(text: string): Promise<boolean> {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (typeof clipboard?.writeText !== 'function') return false;
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  /** The older way, which works without the Clipboard API: select the text in a hidden box and copy. */
  private copyBySelection(text: string): boolean {
    const root = this.host.renderRoot;
    const returnTo = root instanceof ShadowRoot ? root.activeElement : null;
    const area = document.createElement('textarea');
    area.className = 'copy-source';
    area.value = text;
    area.readOnly = true;
    area.tabIndex = -1;
    area.setAttribute('aria-hidden', 'true');
    root.appendChild(area);
    let copied: boolean;
    try {
      area.focus();
      area.select();
      // Deprecated, but the only way to copy where the Clipboard API is missing.
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    } finally {
      area.remove();
      if (returnTo instanceof HTMLElement) returnTo.focus();
    }
    return copied;
  }
}
