import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../engine/schema.js';
import { catalogue } from '../i18n/index.js';
import type { Catalogue } from '../i18n/types.js';

/** The element's own `lang`, else the nearest `lang` above it, crossing shadow roots. */
export function nearestLang(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang.toLowerCase().startsWith('cy') ? 'cy' : 'en';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

/**
 * Follows the language that applies to the host: its own `lang` attribute, else the nearest
 * one above it. Changing any of those re-renders the element at once.
 */
export class LocaleController implements ReactiveController {
  private observer?: MutationObserver;
  locale: Locale = 'en';
  /** The language of the page around the host, whatever `override` says. */
  pageLocale: Locale = 'en';
  /**
   * `choose` gives the language the host speaks, from the page's: for an element whose content
   * exists in fewer languages than the page uses (a pack written only in English). The page's by default.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly choose: (page: Locale) => Locale = (page) => page,
  ) {
    host.addController(this);
  }

  get t(): Catalogue {
    return catalogue(this.locale);
  }

  hostConnected(): void {
    this.pageLocale = nearestLang(this.host);
    this.locale = this.choose(this.pageLocale);
    this.observer = new MutationObserver(() => this.refresh());
    // The host and every element above it, across shadow roots: a switch on <html>, on a
    // wrapping <div lang> or on the host itself re-renders at once. Each observer is cheap
    // and watches only `lang`; the chain is read again whenever the host is connected.
    let node: Node | null = this.host;
    while (node) {
      if (node instanceof Element) this.observer.observe(node, { attributes: true, attributeFilter: ['lang'] });
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdate(): void {
    this.pageLocale = nearestLang(this.host);
    this.locale = this.choose(this.pageLocale);
  }

  private refresh(): void {
    const next = nearestLang(this.host);
    if (next !== this.pageLocale) {
      this.pageLocale = next;
      this.locale = this.choose(next);
      this.host.requestUpdate();
    }
  }
}
