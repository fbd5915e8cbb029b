import type { nothing, ReactiveControllerHost, TemplateResult } from 'lit';
import type { LabFile, LabTask, LabTaskResult, LibraryPack, RuleLibrary } from '../../engine/lab.js';
import type { Locale, Pack } from '../../engine/schema.js';
import type { RuleLabStrings } from '../../i18n/rule-lab.js';
import type { Catalogue } from '../../i18n/types.js';
import type { LabRunner } from './lab-runner.js';
import type { PackEditor } from './pack-editor.js';

export type RuleLabTab = 'rules' | 'try' | 'cases' | 'compare' | 'proofs';
export const TABS: readonly RuleLabTab[] = ['rules', 'try', 'cases', 'compare', 'proofs'];

/**
 * What a tab of `<eh-rule-lab>` may use of the lab: the library, the pack being edited, the
 * worker, the live region and the way to another tab. Each tab keeps its own state and markup
 * in its own module (tabs/*.ts); the element keeps only what the tabs share.
 */
export interface Lab {
  readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
  readonly t: RuleLabStrings;
  /** The page's catalogue, for the question controls' own words. */
  readonly strings: Catalogue;
  readonly locale: Locale;
  readonly library: RuleLibrary | undefined;
  readonly packs: readonly LibraryPack[];
  /** The library entry chosen in the picker (its text may since have been edited). */
  readonly current: LibraryPack | undefined;
  /** Opens a library entry: its text in the editor, every tab's results cleared. */
  open(entry: LibraryPack): void;
  readonly editor: PackEditor;
  readonly runner: LabRunner;
  readonly tab: RuleLabTab;
  /** The golden cases kept for these packs, each file once. */
  casesFor(...ids: string[]): LabFile[];
  /** Said by the polite live region. */
  announce(text: string): void;
  choose(tab: RuleLabTab, focus?: boolean): void;
  /** Runs a task in the worker; its result, or undefined once the lab has said why it stopped. */
  run(task: LabTask, running: string): Promise<LabTaskResult['result'] | undefined>;
  /** The progress bar with Cancel, and the last run's error: the same on every tab that runs. */
  renderRunState(): TemplateResult;
  /** "Using the last valid version" while the editor's text is not valid. */
  renderStale(pack: Pack): TemplateResult | typeof nothing;
}
