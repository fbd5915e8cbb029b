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
                  ${i > 0 ? html`<span class="or">${found.or}</span> ` : nothing}${found.all(way.conditions)}${way.opens
                    ? html` <span class="opens">(${way.opens})</span>`
                    : nothing}
                </li>`,
              )}
            </ul>`,
    )}
    ${found.unclaimed ? html`<p class="hint">${found.unclaimed}</p>` : nothing}`;
}
