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
 * Follows the language that applies to the host: its `lang` attribute or the page's.
 * A page that switches `<html lang>` re-renders every element at once.
 */
export class LocaleController implements ReactiveController {
  private observer?: MutationObserver;
  locale: Locale = 'en';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get t(): Catalogue {
    return catalogue(this.locale);
  }

  hostConnected(): void {
    this.locale = nearestLang(this.host);
    this.observer = new MutationObserver(() => this.refresh());
    // Watching the document root covers the usual language switch; the host's own
    // attribute is watched too.
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdate(): void {
    this.locale = nearestLang(this.host);
  }

  private refresh(): void {
    const next = nearestLang(this.host);
    if (next !== this.locale) {
      this.locale = next;
      this.host.requestUpdate();
    }
  }
}
