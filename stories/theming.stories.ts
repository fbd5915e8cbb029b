/**
 * Theming: the `--eh-*` custom properties the elements read, and their CSS parts. A host
 * themes the whole library by setting tokens on any ancestor; these stories set them on a
 * wrapper around one of each element and check, with `getComputedStyle` inside the shadow
 * roots, that each token really reaches the style it is meant to change. axe checks that
 * every theme keeps AA contrast.
 *
 * The token table below is checked against the stylesheets themselves (Default story), so a
 * token added to a component without a probe here, or a probe for a token no longer read,
 * fails.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { evaluate, type Recommendation } from '../src/engine/evaluate.js';
import type { Pack } from '../src/engine/schema.js';
import { catalogue } from '../src/i18n/index.js';
import { loadedPathway, root, settle } from './support/drive.js';
import { goldenCase, library, packFor, questionWords } from './support/packs.js';

// --- The tokens and where each one shows ----------------------------------------------

type Token = `--eh-${string}`;

/** Where a token's effect is measured: a path of selectors, each inside the previous one's shadow root. */
interface Probe {
  /** First selector in the story's canvas, then each in the shadow root of the one before. */
  readonly path: readonly string[];
  /** The computed property (kebab-case) the token sets, or `tracks`: how many grid columns are in use. */
  readonly property: string;
  /** The CSS value the property takes for a token value, when the element derives it (default: the value itself). */
  readonly from?: (value: string) => string;
  /** Focus the element first (`visible`: as from the keyboard, so `:focus-visible` applies). */
  readonly focus?: 'plain' | 'visible';
  /** A more specific token that replaces this one where it is measured. */
  readonly shadowedBy?: Token;
}

interface TokenSpec {
  readonly kind: 'color' | 'text';
  /** What it changes (shown with the control). */
  readonly description: string;
  /** Which story renders the element it is measured on. */
  readonly on: 'showcase' | 'rule-lab';
  /** How to measure it, or why it cannot be measured from a script. */
  readonly probe: Probe | { readonly unmeasurable: string };
}

const RESULT = '#result';
const URGENT = '#urgent';

const TOKENS: Readonly<Record<Token, TokenSpec>> = {
  '--eh-font-family': {
    kind: 'text',
    description: 'Text font',
    on: 'showcase',
    probe: { path: ['eh-choice-question'], property: 'font-family' },
  },
  '--eh-font-family-mono': {
    kind: 'text',
    description: 'Monospace font (content hash, copy box, editor)',
    on: 'showcase',
    probe: { path: [RESULT, 'eh-pack-stamp', 'code'], property: 'font-family' },
  },
  '--eh-font-size': {
    kind: 'text',
    description: 'Base text size',
    on: 'showcase',
    probe: { path: ['eh-choice-question'], property: 'font-size' },
  },
  '--eh-color-text': {
    kind: 'color',
    description: 'Text',
    on: 'showcase',
    probe: { path: ['eh-choice-question', 'legend'], property: 'color' },
  },
  '--eh-color-text-secondary': {
    kind: 'color',
    description: 'Hints and captions',
    on: 'showcase',
    probe: { path: ['eh-choice-question', '[part="hint"]'], property: 'color' },
  },
  '--eh-color-surface': {
    kind: 'color',
    description: 'Background',
    on: 'showcase',
    probe: { path: ['eh-pathway'], property: 'background-color' },
  },
  '--eh-color-surface-alt': {
    kind: 'color',
    description: 'Panels',
    on: 'showcase',
    probe: {
      path: [RESULT, '[part="level"]'],
      property: 'background-color',
      shadowedBy: '--eh-recommendation-panel-background',
    },
  },
  '--eh-color-border': {
    kind: 'color',
    description: 'Dividers and inset borders',
    on: 'showcase',
    probe: { path: [RESULT, '[part="advisory"]'], property: 'border-left-color' },
  },
  '--eh-color-input-border': {
    kind: 'color',
    description: 'Borders of text fields',
    on: 'showcase',
    probe: { path: ['eh-number-question', 'input'], property: 'border-top-color' },
  },
  '--eh-color-link': {
    kind: 'color',
    description: 'Links',
    on: 'showcase',
    probe: { path: [RESULT, '.contacts a'], property: 'color' },
  },
  '--eh-color-link-visited': {
    kind: 'color',
    description: 'Visited links',
    on: 'showcase',
    probe: { unmeasurable: 'browsers never tell a script how a visited link is styled' },
  },
  '--eh-color-focus': {
    kind: 'color',
    description: 'Focus ring',
    on: 'showcase',
    probe: { path: ['eh-text-question', 'textarea'], property: 'outline-color', focus: 'plain' },
  },
  '--eh-color-focus-text': {
    kind: 'color',
    description: 'Text on the focus colour',
    on: 'showcase',
    probe: { path: [RESULT, '[part~="copy"]'], property: 'color', focus: 'visible' },
  },
  '--eh-color-error': {
    kind: 'color',
    description: 'Error messages and bars',
    on: 'showcase',
    probe: { path: ['eh-choice-question', '[part="error"]'], property: 'color' },
  },
  '--eh-color-success': {
    kind: 'color',
    description: 'Confirmation messages',
    on: 'showcase',
    probe: { path: [RESULT, '.confirmed'], property: 'color' },
  },
  '--eh-color-urgent': {
    kind: 'color',
    description: 'Border of the urgent outcome',
    on: 'showcase',
    probe: { path: [URGENT, '[part="level"]'], property: 'border-top-color' },
  },
  '--eh-color-button': {
    kind: 'color',
    description: 'Primary buttons',
    on: 'showcase',
    probe: { path: [RESULT, '[part="confirm"] .button:not(.secondary)'], property: 'background-color' },
  },
  '--eh-color-button-text': {
    kind: 'color',
    description: 'Text of primary buttons',
    on: 'showcase',
    probe: { path: [RESULT, '[part="confirm"] .button:not(.secondary)'], property: 'color' },
  },
  '--eh-color-button-secondary': {
    kind: 'color',
    description: 'Secondary buttons',
    on: 'showcase',
    probe: { path: [RESULT, '#disagree'], property: 'background-color' },
  },
  '--eh-color-button-secondary-text': {
    kind: 'color',
    description: 'Text of secondary buttons',
    on: 'showcase',
    probe: { path: [RESULT, '#disagree'], property: 'color' },
  },
  '--eh-space-unit': {
    kind: 'text',
    description: 'Unit every space is a multiple of',
    on: 'showcase',
    probe: { path: [RESULT, '[part="level"]'], property: 'padding-top', from: (value) => `calc(${value} * 2)` },
  },
  '--eh-radius': {
    kind: 'text',
    description: 'Corner radius of buttons and fields',
    on: 'showcase',
    probe: { path: [RESULT, '[part="confirm"] .button'], property: 'border-top-left-radius' },
  },
  '--eh-heading-1-size': {
    kind: 'text',
    description: 'Size of h1',
    on: 'showcase',
    probe: { path: ['eh-pathway', 'h1#heading'], property: 'font-size' },
  },
  '--eh-heading-2-size': {
    kind: 'text',
    description: 'Size of h2',
    on: 'showcase',
    probe: { path: [RESULT, '[part="level"] h2'], property: 'font-size' },
  },
  '--eh-heading-3-size': {
    kind: 'text',
    description: 'Size of h3',
    on: 'showcase',
    probe: { path: [RESULT, '[part="services"] h3'], property: 'font-size' },
  },
  '--eh-heading-4-size': {
    kind: 'text',
    description: 'Size of h4 to h6 in a recommendation',
    on: 'showcase',
    probe: { path: [RESULT, '[part="service"] h4'], property: 'font-size' },
  },
  '--eh-pathway-max-width': {
    kind: 'text',
    description: "Widest the journey's question pages grow",
    on: 'showcase',
    probe: { path: ['eh-pathway', '[part="page"]'], property: 'max-width' },
  },
  '--eh-pathway-result-max-width': {
    kind: 'text',
    description: 'Widest the result page grows, with its contacts and decision beside it',
    on: 'showcase',
    probe: { unmeasurable: 'The showcase pathway stays on its start page; the result page uses this width.' },
  },
  '--eh-pathway-banner-background': {
    kind: 'color',
    description: 'Draft / example rules banner',
    on: 'showcase',
    probe: { path: ['eh-pathway', '[part="banner"]'], property: 'background-color' },
  },
  '--eh-question-spacing': {
    kind: 'text',
    description: 'Space below a question',
    on: 'showcase',
    probe: { path: ['eh-choice-question'], property: 'margin-bottom' },
  },
  '--eh-question-label-size': {
    kind: 'text',
    description: 'Size of a question',
    on: 'showcase',
    probe: { path: ['eh-choice-question', 'legend'], property: 'font-size' },
  },
  '--eh-question-label-weight': {
    kind: 'text',
    description: 'Weight of a question',
    on: 'showcase',
    probe: { path: ['eh-choice-question', 'legend'], property: 'font-weight' },
  },
  '--eh-question-control-size': {
    kind: 'text',
    description: 'Size of radios and checkboxes',
    on: 'showcase',
    probe: { path: ['eh-choice-question', '[part="option"]'], property: 'min-height' },
  },
  '--eh-yes-no-question-gap': {
    kind: 'text',
    description: 'Gap between inline yes / no answers',
    on: 'showcase',
    probe: { path: ['eh-yes-no-question', '[part="options"]'], property: 'column-gap' },
  },
  '--eh-text-question-width': {
    kind: 'text',
    description: 'Width of a note field',
    on: 'showcase',
    probe: { path: ['eh-text-question', 'textarea'], property: 'width' },
  },
  '--eh-number-question-width': {
    kind: 'text',
    description: 'Width of a number field',
    on: 'showcase',
    probe: { path: ['eh-number-question', 'input'], property: 'width' },
  },
  '--eh-pack-stamp-font-size': {
    kind: 'text',
    description: 'Size of the rule pack stamp',
    on: 'showcase',
    probe: { path: [RESULT, 'eh-pack-stamp'], property: 'font-size' },
  },
  '--eh-recommendation-accent': {
    kind: 'color',
    description: 'Bar beside the level',
    on: 'showcase',
    probe: { path: [RESULT, '[part="level"]'], property: 'border-left-color' },
  },
  '--eh-recommendation-panel-background': {
    kind: 'color',
    description: 'Level and decision panels',
    on: 'showcase',
    probe: { path: [RESULT, '[part="level"]'], property: 'background-color' },
  },
  '--eh-recommendation-urgent-background': {
    kind: 'color',
    description: 'Urgent level panel',
    on: 'showcase',
    probe: { path: [URGENT, '[part="level"]'], property: 'background-color' },
  },
  '--eh-recommendation-column-width': {
    kind: 'text',
    description: 'Narrowest Signs of Safety column before they stack',
    on: 'showcase',
    probe: { path: [URGENT, '[part="signs-of-safety"]'], property: 'tracks' },
  },
  '--eh-rule-lab-editor-height': {
    kind: 'text',
    description: 'Height of the rule editor',
    on: 'rule-lab',
    probe: { path: ['eh-rule-lab', '#editor'], property: 'height' },
  },
  '--eh-rule-lab-columns': {
    kind: 'text',
    description: 'Narrowest "Try answers" column before they stack',
    on: 'rule-lab',
    probe: { path: ['eh-rule-lab', '.columns'], property: 'tracks' },
  },
};

const TOKEN_NAMES = Object.keys(TOKENS) as Token[];

/** Every element the library defines, whose stylesheets are searched for the tokens they read. */
const ELEMENTS = [
  'eh-pathway',
  'eh-recommendation',
  'eh-choice-question',
  'eh-multi-choice-question',
  'eh-yes-no-question',
  'eh-text-question',
  'eh-number-question',
  'eh-pack-stamp',
  'eh-rule-lab',
] as const;

type Theme = Partial<Record<Token, string>>;

// Each theme keeps AA contrast for text on its own backgrounds (axe checks every story).
const BRAND: Theme = {
  '--eh-font-family': "Georgia, 'Times New Roman', serif",
  '--eh-font-family-mono': "'Courier New', monospace",
  '--eh-font-size': '1.0625rem',
  '--eh-color-text': '#1a1a2e',
  '--eh-color-text-secondary': '#4a4a5a',
  '--eh-color-link': '#5b2c86',
  '--eh-color-focus': '#ffbf47',
  '--eh-color-error': '#a4262c',
  '--eh-color-success': '#1e6b35',
  '--eh-color-urgent': '#a4262c',
  '--eh-color-border': '#8e86a0',
  '--eh-color-input-border': '#2d1b47',
  '--eh-color-button': '#5b2c86',
  '--eh-color-button-text': '#fffdf7',
  '--eh-color-button-secondary': '#ece6f3',
  '--eh-color-button-secondary-text': '#2d1b47',
  '--eh-space-unit': '0.625rem',
  '--eh-radius': '0.375rem',
  '--eh-heading-1-size': '2.25rem',
  '--eh-heading-2-size': '1.75rem',
  '--eh-heading-3-size': '1.25rem',
  '--eh-heading-4-size': '1.125rem',
  '--eh-pathway-max-width': '36rem',
  '--eh-pathway-result-max-width': '56rem',
  '--eh-pathway-banner-background': '#fbefd5',
  '--eh-question-spacing': '2.5rem',
  '--eh-question-label-size': '1.25rem',
  '--eh-question-label-weight': '600',
  '--eh-question-control-size': '2rem',
  '--eh-yes-no-question-gap': '2rem',
  '--eh-text-question-width': '18rem',
  '--eh-number-question-width': '7rem',
  '--eh-pack-stamp-font-size': '0.8125rem',
  '--eh-recommendation-accent': '#5b2c86',
  '--eh-recommendation-panel-background': '#f4f0f8',
  '--eh-recommendation-urgent-background': '#fff5f5',
  '--eh-recommendation-column-width': '30rem',
};

/** A dark, high-contrast theme: light text on near-black. The yellow focus colours keep their defaults, which work on dark too. */
const DARK: Theme = {
  '--eh-color-text': '#ffffff',
  '--eh-color-text-secondary': '#d0d0d0',
  '--eh-color-surface': '#121212',
  '--eh-color-surface-alt': '#262626',
  '--eh-color-border': '#a0a0a0',
  '--eh-color-input-border': '#ffffff',
  '--eh-color-link': '#9cc3ff',
  '--eh-color-link-visited': '#d8b4fe',
  '--eh-color-error': '#ff9b8f',
  '--eh-color-success': '#8fe3b0',
  '--eh-color-urgent': '#ff9b8f',
  '--eh-color-button': '#8fe3b0',
  '--eh-color-button-text': '#0b0c0c',
  '--eh-color-button-secondary': '#3d3d3d',
  '--eh-color-button-secondary-text': '#ffffff',
  '--eh-pathway-banner-background': '#3d3300',
  '--eh-recommendation-accent': '#9cc3ff',
  '--eh-recommendation-urgent-background': '#2b1010',
};

// --- What the stories render ------------------------------------------------------------

const PACK = 'continuum@1.0.0';
const inForce = (pack: Pack) => new Date(`${pack.effectiveFrom}T12:00:00`);
const evaluated = (path: string): Recommendation => {
  const pack = packFor(PACK);
  return evaluate(pack, goldenCase(path).answers, { now: inForce(pack) });
};

const styleOf = (theme: Theme) =>
  Object.entries(theme)
    .filter(([name, value]) => name.startsWith('--eh-') && value)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');

/** One of each practitioner-facing element, in a wrapper that carries the theme (and paints its background). */
function showcase(theme: Theme, extra: TemplateResult | string = ''): TemplateResult {
  const pack = packFor(PACK);
  const t = catalogue('en');
  const health = questionWords(PACK, 'child-health', 'en');
  const carer = questionWords(PACK, 'young-carer', 'en');
  const note = questionWords(PACK, 'concern-summary', 'en');
  const contacts = questionWords('torfaen@1.0.0', 'front-door-contacts', 'en');
  return html`${extra}
    <div class="eh-theme" style=${`${styleOf(theme)}; background: var(--eh-color-surface, #ffffff); color: var(--eh-color-text, #0b0c0c); padding: 1rem`}>
      <eh-pathway src="/packs/continuum/2.0.0.json" heading-level="1"></eh-pathway>
      <eh-choice-question name="child-health" label=${health.label} hint=${health.hint} required .options=${health.options}
        error=${t.questionnaire.selectOne(health.label)}></eh-choice-question>
      <eh-yes-no-question name="young-carer" label=${`${carer.label} ${t.pathway.optional}`} inline></eh-yes-no-question>
      <eh-text-question name="concern-summary" label=${note.label} hint=${note.hint} required maxlength=${note.maxLength!}></eh-text-question>
      <eh-number-question name="front-door-contacts" label=${`${contacts.label} ${t.pathway.optional}`} hint=${contacts.hint} min=${contacts.min!}
        max=${contacts.max!}></eh-number-question>
      <eh-recommendation id="result" .recommendation=${evaluated('continuum/cases/level-3-in-two-domains.json')} .pack=${pack}></eh-recommendation>
      <eh-recommendation id="urgent" view="signs-of-safety" .recommendation=${evaluated('continuum/cases/immediate-danger-yes-asks-nothing-else.json')}
        .pack=${pack}></eh-recommendation>
    </div>`;
}

/** Waits for every element of the showcase to render (the pathway fetches its rules). */
async function showcaseReady(canvas: HTMLElement): Promise<void> {
  await loadedPathway(canvas);
  for (const element of canvas.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('.eh-theme > *'))
    await settle(element);
  await waitFor(() =>
    expect(
      canvas.querySelector(RESULT)?.shadowRoot?.querySelector('eh-pack-stamp')?.shadowRoot?.querySelector('code'),
    ).toBeTruthy(),
  );
}

// --- Measuring --------------------------------------------------------------------------

/** The element a probe measures. */
function target(canvas: HTMLElement, path: readonly string[]): HTMLElement {
  let scope: ParentNode = canvas;
  let found: HTMLElement | null = null;
  for (const selector of path) {
    found = scope.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`Nothing matches ${path.join(' » ')} (stopped at "${selector}")`);
    scope = found.shadowRoot ?? found;
  }
  return found!;
}

/**
 * What a property computes to for a CSS value, in the measured element's own context: a
 * scratch element beside it takes the value, so relative units (rem, ch, %) resolve alike.
 */
function resolve(beside: HTMLElement, property: string, value: string): string {
  const scratch = document.createElement('div');
  // Only the value matters: kept out of sight, but in the flow so that % resolves as it does beside it.
  scratch.style.setProperty('visibility', 'hidden');
  scratch.style.setProperty(property, value);
  beside.after(scratch);
  try {
    return getComputedStyle(scratch).getPropertyValue(property);
  } finally {
    scratch.remove();
  }
}

/** How many grid columns hold something (auto-fit collapses the empty ones to 0px). */
const tracksInUse = (grid: HTMLElement) =>
  getComputedStyle(grid)
    .gridTemplateColumns.split(' ')
    .filter((track) => parseFloat(track) > 0).length;

/** How many columns of at least `width` fit a grid of `count` items (repeat(auto-fit, minmax(min(100%, width), 1fr))). */
function tracksThatFit(grid: HTMLElement, width: string, count: number): number {
  const style = getComputedStyle(grid);
  const inner = grid.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const gap = parseFloat(style.columnGap) || 0;
  const column = Math.min(inner, parseFloat(resolve(grid, 'width', width)));
  return Math.max(1, Math.min(count, Math.floor((inner + gap) / (column + gap))));
}

/** Measures a probe: the computed value now, and what it should be for `value`. */
async function measure(canvas: HTMLElement, probe: Probe, value: string): Promise<{ actual: string; wanted: string }> {
  const element = target(canvas, probe.path);
  if (probe.property === 'tracks') {
    return {
      actual: String(tracksInUse(element)),
      wanted: String(tracksThatFit(element, value, element.children.length)),
    };
  }
  if (probe.focus)
    element.focus({
      preventScroll: true,
      ...(probe.focus === 'visible' ? { focusVisible: true } : {}),
    } as FocusOptions);
  try {
    return {
      actual: getComputedStyle(element).getPropertyValue(probe.property),
      wanted: resolve(element, probe.property, (probe.from ?? ((v) => v))(value)),
    };
  } finally {
    if (probe.focus) element.blur();
  }
}

/**
 * Every token the theme sets, where it is measured on this story, computes as the theme says.
 * With `changed`, each must also differ from the token's default there: a theme value that
 * equals the default would pass whether or not the token works.
 */
async function expectTheme(
  canvas: HTMLElement,
  theme: Theme,
  { on = 'showcase', changed = false }: { on?: TokenSpec['on']; changed?: boolean } = {},
): Promise<void> {
  const fallbacks = changed ? defaults() : new Map<Token, Set<string>>();
  const checked: Token[] = [];
  for (const [name, value] of Object.entries(theme) as [Token, string][]) {
    const spec = TOKENS[name];
    if (!spec || !value || spec.on !== on || 'unmeasurable' in spec.probe) continue;
    if (spec.probe.shadowedBy && theme[spec.probe.shadowedBy]) continue;
    const { actual, wanted } = await measure(canvas, spec.probe, value);
    await expect({ token: name, value: actual }).toEqual({ token: name, value: wanted });
    const fallback = [...(fallbacks.get(name) ?? [])][0];
    if (fallback && !fallback.includes('var(')) {
      const { wanted: unthemed } = await measure(canvas, spec.probe, fallback);
      await expect({ token: name, value: actual }).not.toEqual({ token: name, value: unthemed });
    }
    checked.push(name);
  }
  await expect(checked.length).toBeGreaterThan(0);
}

// --- The stylesheets themselves ---------------------------------------------------------

/** The text of every stylesheet an element adopts. */
function cssOf(tag: string): string {
  const element = customElements.get(tag) as unknown as
    { elementStyles?: readonly (CSSStyleSheet | { cssText: string })[] } | undefined;
  if (!element?.elementStyles) throw new Error(`<${tag}> is not defined`);
  return element.elementStyles
    .map((style) =>
      style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText,
    )
    .join('\n');
}

/** Each `var(--eh-…, fallback)` an element reads, with its fallback ('' when none), read with balanced parentheses. */
function tokensReadBy(tag: string): { name: Token; fallback: string }[] {
  const css = cssOf(tag);
  const found: { name: Token; fallback: string }[] = [];
  for (const match of css.matchAll(/var\(\s*(--eh-[\w-]+)\s*(,?)/g)) {
    let fallback = '';
    if (match[2]) {
      let depth = 0;
      let index = match.index + match[0].length;
      for (; index < css.length; index++) {
        const char = css[index];
        if (char === '(') depth++;
        else if (char === ')' && depth-- === 0) break;
      }
      fallback = css.slice(match.index + match[0].length, index).trim();
    }
    found.push({ name: match[1] as Token, fallback });
  }
  return found;
}

/** The default of each token the elements read: its fallback, where every reading agrees on one. */
function defaults(): Map<Token, Set<string>> {
  const seen = new Map<Token, Set<string>>();
  for (const tag of ELEMENTS) {
    for (const { name, fallback } of tokensReadBy(tag)) seen.set(name, (seen.get(name) ?? new Set()).add(fallback));
  }
  return seen;
}

// --- Stories ----------------------------------------------------------------------------

type Args = Theme & { readonly withRuleLab?: boolean };

const meta: Meta<Args> = {
  title: 'Theming/Tokens',
  render: (args) => showcase(args),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  name: 'Default',
  play: async ({ canvasElement }) => {
    await showcaseReady(canvasElement);
    const read = defaults();
    // The table above lists exactly the tokens the elements read.
    await expect([...TOKEN_NAMES].sort()).toEqual([...read.keys()].sort());
    // A token means one thing: wherever it is read, it falls back to the same default.
    for (const [name, fallbacks] of read)
      await expect({ token: name, defaults: [...fallbacks] }).toEqual({ token: name, defaults: [[...fallbacks][0]] });
    // Unthemed, each token shows its own default (those whose default is a plain value).
    const plain: Theme = {};
    for (const [name, fallbacks] of read) {
      const fallback = [...fallbacks][0]!;
      if (fallback && !fallback.includes('var(')) plain[name] = fallback;
    }
    await expectTheme(canvasElement, plain);
  },
};

export const BrandTheme: Story = {
  name: 'Custom brand theme',
  args: BRAND,
  play: async ({ canvasElement, args }) => {
    await showcaseReady(canvasElement);
    await expectTheme(canvasElement, args, { changed: true });
    // The theme is inherited: it reaches an element nested two shadow roots down.
    const stamp = target(canvasElement, [RESULT, 'eh-pack-stamp']);
    await expect(getComputedStyle(stamp).fontFamily).toBe(resolve(stamp, 'font-family', BRAND['--eh-font-family']!));
  },
};

export const DarkTheme: Story = {
  name: 'Dark, high-contrast theme',
  args: DARK,
  play: async ({ canvasElement, args }) => {
    await showcaseReady(canvasElement);
    await expectTheme(canvasElement, args, { changed: true });
    // The panel follows the alternative surface when no panel colour of its own is set.
    const level = target(canvasElement, [RESULT, '[part="level"]']);
    await expect(getComputedStyle(level).backgroundColor).toBe(
      resolve(level, 'background-color', DARK['--eh-color-surface-alt']!),
    );
  },
};

/** Part styles a host might add, each checked on the element it styles. */
const PART_STYLES: readonly {
  readonly element: string;
  readonly part: string;
  readonly property: string;
  readonly value: string;
}[] = [
  { element: 'eh-recommendation', part: 'level', property: 'border-left-color', value: '#00703c' },
  { element: 'eh-recommendation', part: 'advisory', property: 'font-style', value: 'italic' },
  { element: 'eh-recommendation', part: 'button', property: 'text-transform', value: 'uppercase' },
  { element: 'eh-recommendation', part: 'stamp', property: 'border-top-style', value: 'dashed' },
  { element: 'eh-pathway', part: 'banner', property: 'border-left-color', value: '#1d70b8' },
  { element: 'eh-pathway', part: 'button', property: 'letter-spacing', value: '1px' },
  { element: 'eh-choice-question', part: 'legend', property: 'font-variant-caps', value: 'small-caps' },
  { element: 'eh-choice-question', part: 'error', property: 'text-decoration-line', value: 'underline' },
  { element: 'eh-choice-question', part: 'option-label', property: 'font-style', value: 'italic' },
  { element: 'eh-text-question', part: 'input', property: 'border-top-style', value: 'dashed' },
  { element: 'eh-number-question', part: 'label', property: 'text-transform', value: 'uppercase' },
  { element: 'eh-yes-no-question', part: 'option', property: 'padding-bottom', value: '4px' },
];

/** A stylesheet in the page, as a host would write it; built as a node so it is not a template binding. */
function partSheet(): HTMLStyleElement {
  const sheet = document.createElement('style');
  sheet.textContent = PART_STYLES.map(
    ({ element, part, property, value }) => `.eh-theme ${element}::part(${part}) { ${property}: ${value}; }`,
  ).join('\n');
  return sheet;
}

export const Parts: Story = {
  name: 'CSS parts',
  render: (args) => showcase(args, html`${partSheet()}`),
  play: async ({ canvasElement }) => {
    await showcaseReady(canvasElement);
    for (const { element, part, property, value } of PART_STYLES) {
      const host = target(canvasElement, [`.eh-theme > ${element}`]);
      const styled = root(host).querySelector<HTMLElement>(`[part~="${part}"]`);
      await expect({ element, part, found: Boolean(styled) }).toEqual({ element, part, found: true });
      await expect({ element, part, [property]: getComputedStyle(styled!).getPropertyValue(property) }).toEqual({
        element,
        part,
        [property]: resolve(styled!, property, value),
      });
    }
    // A part is styled from outside only: the same rule does not reach an element without that part.
    const hint = target(canvasElement, ['eh-choice-question', '[part="hint"]']);
    await expect(getComputedStyle(hint).fontVariantCaps).toBe('normal');
  },
};

export const RuleLab: Story = {
  name: 'Rule lab tokens',
  args: { '--eh-rule-lab-editor-height': '12rem', '--eh-rule-lab-columns': '40rem' },
  render: (args) =>
    html`<div class="eh-theme" style=${styleOf(args)}><eh-rule-lab .library=${library} pack="continuum" version="1.0.0"></eh-rule-lab></div>`,
  play: async ({ canvasElement, args }) => {
    const lab = canvasElement.querySelector<HTMLElement>('eh-rule-lab')!;
    await waitFor(() => expect(lab.shadowRoot?.querySelector('#editor')).toBeTruthy(), { timeout: 5000 });
    const editor = { ...args };
    delete editor['--eh-rule-lab-columns'];
    await expectTheme(canvasElement, editor, { on: 'rule-lab', changed: true });
    // The columns are on the "Try answers" tab.
    await userEvent.click(root(lab).querySelector('#tab-try')!);
    await waitFor(() => expect(root(lab).querySelector('.columns')).toBeTruthy());
    await settle(lab);
    const columns = { ...args };
    delete columns['--eh-rule-lab-editor-height'];
    await expectTheme(canvasElement, columns, { on: 'rule-lab', changed: true });
  },
};

/** Every token as a control, starting from a few brand choices; the play function checks whichever are set. */
export const Controls: Story = {
  name: 'Every token as a control',
  args: {
    '--eh-color-button': '#4c2c92',
    '--eh-recommendation-accent': '#4c2c92',
    '--eh-radius': '0.25rem',
    '--eh-question-label-weight': '400',
    withRuleLab: false,
  },
  argTypes: {
    ...Object.fromEntries(
      (Object.entries(TOKENS) as [Token, TokenSpec][]).map(([name, spec]) => [
        name,
        {
          control: spec.kind === 'color' ? 'color' : 'text',
          description: spec.description,
          table: {
            category:
              spec.on === 'rule-lab' ? 'Rule lab' : name.startsWith('--eh-color-') ? 'Colours' : 'Type, space and size',
          },
        },
      ]),
    ),
    withRuleLab: { control: 'boolean', description: 'Also show the rule lab, which reads the rule lab tokens' },
  },
  render: (args) =>
    html`${showcase(args)}${
      args.withRuleLab
        ? html`<div class="eh-theme" style=${styleOf(args)}><eh-rule-lab .library=${library} pack="continuum" version="1.0.0"></eh-rule-lab></div>`
        : ''
    }`,
  play: async ({ canvasElement, args }) => {
    await showcaseReady(canvasElement);
    const { withRuleLab, ...theme } = args;
    await expectTheme(canvasElement, theme);
    // The rule lab's editor is on its first tab (its columns are on "Try answers", see the Rule lab story).
    const height = theme['--eh-rule-lab-editor-height'];
    if (withRuleLab && height) {
      await waitFor(
        () => expect(canvasElement.querySelector('eh-rule-lab')?.shadowRoot?.querySelector('#editor')).toBeTruthy(),
        { timeout: 5000 },
      );
      await expectTheme(canvasElement, { '--eh-rule-lab-editor-height': height }, { on: 'rule-lab' });
    }
  },
};
