/**
 * "What would change this" as markup, shared by the result and the Rule Lab's Try tab:
 * one labelled list per outcome reached, each item a way to reach it.
 */
import { html, nothing } from 'lit';
import type { WhatIfText } from '../engine/what-if-text.js';

export function whatIfBlocks(found: WhatIfText) {
  return html`${found.notSearched ? html`<p>${found.notSearched}</p>` : nothing}
    ${found.blocks.map((block) =>
      block.none
        ? html`<p part="what-if-none">${block.none}</p>`
        : html`<p class="label" part="what-if-heading">${block.heading}</p>
            <ul class="what-if-ways" part="what-if-ways">
              ${block.ways.map(
                (way, i) => html`<li>
                  ${i > 0 ? html`<span class="or">${found.or}</span> ` : nothing}${
                    way.conditions.length === 1
                      ? way.conditions[0]
                      : html`${found.allOf}
                        <ul>
                          ${way.conditions.map((condition) => html`<li>${condition}</li>`)}
                        </ul>`
                  }
                </li>`,
              )}
            </ul>`,
    )}
    ${found.opensNote ? html`<p class="hint">${found.opensNote}</p>` : nothing}
    ${found.unclaimed ? html`<p class="hint">${found.unclaimed}</p>` : nothing}`;
}
