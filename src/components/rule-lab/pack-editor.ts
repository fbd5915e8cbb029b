import type { ReactiveController } from 'lit';
import { PackError, parsePack, type PackProblem } from '../../engine/pack.js';
import type { Locale, Pack } from '../../engine/schema.js';
import { EhPackEditEvent } from '../../events/pack-edit.js';

/** The pack text as checked: a pack, or every problem. */
export type Checked =
  | { readonly pack: Pack; readonly problems: readonly [] }
  | { readonly pack?: undefined; readonly problems: readonly PackProblem[] };

export function checkPack(text: string, locale: Locale): Checked {
  try {
    return { pack: parsePack(text, { locale }), problems: [] };
  } catch (error) {
    if (error instanceof PackError) return { problems: error.problems };
    return { problems: [{ path: '$', where: '', code: 'pack.unreadable', message: (error as Error).message }] };
  }
}

interface EditorHost extends HTMLElement {
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
}

/**
 * The pack's JSON as the author edits it: checked at once when opened, and when the author
 * pauses while typing. The last valid version keeps every other tab working meanwhile.
 */
export class PackEditor implements ReactiveController {
  text = '';
  checked: Checked = { problems: [] };
  lastValid?: { readonly pack: Pack; readonly text: string };
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: EditorHost,
    private readonly locale: () => Locale,
    /** Told the outcome of every check: the live region says how many problems. */
    private readonly onChecked: (checked: Checked) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The pack everything but the editor uses: the text when valid, else the last valid one. */
  get working(): Pack | undefined {
    return this.lastValid?.pack;
  }

  /** Opening a file checks at once; typing (`byUser`) is checked when the author pauses, and fires `eh-pack-edit`. */
  setText(text: string, byUser: boolean): void {
    this.text = text;
    clearTimeout(this.timer);
    const run = () => {
      const checked = checkPack(this.text, this.locale());
      this.checked = checked;
      if (checked.pack) this.lastValid = { pack: checked.pack, text: this.text };
      this.onChecked(checked);
      if (byUser) this.host.dispatchEvent(new EhPackEditEvent(this.text, checked.pack, checked.problems));
      this.host.requestUpdate();
    };
    if (byUser) this.timer = setTimeout(run, 250);
    else {
      this.lastValid = undefined;
      run();
    }
    this.host.requestUpdate();
  }
}
