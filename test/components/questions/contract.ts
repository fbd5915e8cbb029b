/**
 * What every question control promises, written once and run per control type (see the
 * `*.test.ts` files beside this one). Each type supplies a factory and a few helpers:
 * how to read what its inputs show, and how a real user gives an answer (real clicks and
 * key presses through Playwright). The checks themselves live in test/support/question-checks.ts,
 * where the question stories run them too; here each becomes a test over a fresh fixture.
 */
import { expect as chai, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { EhQuestionBase } from '../../../src/components/question-base/question-base.js';
import type { AnswerValue } from '../../../src/engine/schema.js';
import { cy, en, type Catalogue } from '../../../src/i18n/index.js';
import { questionChecks } from '../../support/question-checks.js';
import { hands } from '../journey.js';

/** What a factory may be asked to render. */
export interface QuestionProps<V> {
  name?: string;
  label?: string;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
  error?: string;
  lang?: string;
  value?: V;
}

export interface QuestionContract<V> {
  tag: string;
  /** Renders the control with these attributes and properties (others left at their defaults). */
  render(props: QuestionProps<V>): TemplateResult;
  /** The value with nothing answered. */
  empty: V;
  /** A valid answer, the one `answerAsUser` gives. */
  sample: V;
  /** Another valid answer. */
  other: V;
  /** What the inputs in the shadow root show, as a value. */
  shown(el: EhQuestionBase<V>): V;
  /** A real user gesture that gives `sample` and commits it (e.g. typing, then Tab). */
  answerAsUser(el: EhQuestionBase<V>): Promise<void>;
  /** How many changes `answerAsUser` commits (one per click; one for typing then leaving). */
  commits?: number;
  /** The `FormData.getAll(name)` expected for a value. */
  entries(value: V): string[];
  /** The answer `eh-answer-change` carries for a value. */
  answer(value: V): AnswerValue | undefined;
  /** The message of a required question left empty. */
  requiredMessage(t: Catalogue, label: string): string;
  /** The native control the user operates (first radio, checkbox, textarea or input). */
  firstInput(el: EhQuestionBase<V>): HTMLElement;
  /** A state the browser hands back to restore a form (history, autofill), and the value it gives. */
  restored: { state: string | FormData; value: V };
  /** The hint as shown for a given hint (by default, as given). */
  hintShown?(hint: string, t: Catalogue): string;
  /** Ids the control reads with its field after the hint and the error (e.g. a character limit). */
  describedAfter?: string[];
}

const LABEL = 'How many children live in the home?';
const HINT = 'Include children who stay at least two nights a week.';

const check = questionChecks(expect, hands);

export function questionContract<V>(contract: QuestionContract<V>): void {
  const { tag, render, shown, sample, other, empty, entries } = contract;
  const make = async (props: QuestionProps<V> = {}) => {
    const el = await fixture<EhQuestionBase<V>>(render({ name: 'q', label: LABEL, hint: HINT, ...props }));
    await el.updateComplete;
    return el;
  };
  const inForm = async (props: QuestionProps<V> = {}) => {
    const form = await fixture<HTMLFormElement>(
      html`<form>${render({ name: 'q', label: LABEL, hint: HINT, ...props })}<button type="submit">Save</button></form>`,
    );
    const el = form.querySelector(tag) as EhQuestionBase<V>;
    await el.updateComplete;
    return { form, el };
  };
  const answer = (el: EhQuestionBase<V>) => () => contract.answerAsUser(el);
  const answered = { value: sample, answer: contract.answer(sample), commits: contract.commits ?? 1 };

  describe(`${tag}: shared contract`, () => {
    describe('accessibility', () => {
      for (const [lang, t] of [
        ['en', en],
        ['cy', cy],
      ] as const) {
        it(`has no axe violations in ${lang}`, async () => {
          const el = await make({ lang, required: true });
          await chai(el).to.be.accessible();
        });

        it(`has no axe violations in ${lang} with an error shown`, async () => {
          const el = await make({ lang, required: true, error: 'Select an answer' });
          await check.showsError(el, 'Select an answer', t);
          await chai(el).to.be.accessible();
        });
      }

      it('links the hint and the error to the field inside its shadow root', async () => {
        const el = await make({ error: 'Enter an answer' });
        await check.describedBy(el, ['hint', 'error', ...(contract.describedAfter ?? [])]);
        await check.showsHint(el, contract.hintShown?.(HINT, en) ?? HINT);
      });

      it('prefixes the error with a visually hidden "Error:" in the page language', async () => {
        for (const [lang, t] of [
          ['en', en],
          ['cy', cy],
        ] as const) {
          await check.showsError(await make({ lang, error: 'Message' }), 'Message', t);
        }
      });
    });

    describe('properties', () => {
      it('shows the question as the legend or label', async () => {
        await check.showsQuestion(await make(), LABEL);
      });

      it('reflects name but not value', async () => {
        await check.reflectsNameNotValue(await make({ name: 'children', value: sample }), 'children', other);
      });

      it('shows a value set as a property in its inputs', async () => {
        await check.showsValues(await make(), shown, empty, sample, other);
      });

      it('fires nothing when a property is set', async () => {
        const el = await make();
        await check.firesNothingWhenSet(
          el,
          () => {
            el.value = sample;
            el.error = 'Problem';
            el.required = true;
          },
          () => (el.value = empty),
        );
      });

      it('shows no error on first render, even when required and empty', async () => {
        const el = await make({ required: true });
        await check.showsNoError(el);
        await check.isInvalid(el, 'valueMissing');
      });

      it('shows an error set by the host at once, with aria-invalid, and clears it', async () => {
        await check.showsHostError(await make({ value: sample }), 'Check this answer', en);
      });
    });

    describe('events', () => {
      it('fires eh-answer-change and a composed change when the user answers', async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div>${render({ name: 'children', label: LABEL })}</div>`);
        const el = wrapper.querySelector(tag) as EhQuestionBase<V>;
        await el.updateComplete;
        await check.answersByUser(el, answer(el), { name: 'children', ...answered });
      });
    });

    describe('form association', () => {
      it('belongs to its form and submits its value under its name', async () => {
        const { form, el } = await inForm({ value: sample });
        await check.submitsValue(form, el, entries(sample));
        el.value = empty;
        await el.updateComplete;
        await check.submitsValue(form, el, []);
      });

      it('submits what the user answered', async () => {
        const { form, el } = await inForm();
        await check.answersByUser(el, answer(el), { name: 'q', ...answered, form, entries: entries(sample) });
      });

      for (const [lang, t] of [
        ['en', en],
        ['cy', cy],
      ] as const) {
        it(`makes the form invalid when required and empty, with the ${lang} message`, async () => {
          const { form, el } = await inForm({ required: true, lang });
          await check.requiredWhenEmpty(form, el, contract.requiredMessage(t, LABEL), sample);
        });
      }

      it('is valid when optional and empty', async () => {
        const { form, el } = await inForm();
        await check.validWhenOptional(form, el);
      });

      it('shows the error and sets :state(user-invalid) when a submit is attempted', async () => {
        const { form, el } = await inForm({ required: true });
        await check.showsErrorOnSubmit(form, el, contract.requiredMessage(en, LABEL), en);
        // Answering clears the error while the user is still on the page.
        await check.clearsErrorWhenAnswered(el, answer(el));
      });

      it('lets a valid form submit', async () => {
        const { form, el } = await inForm({ required: true });
        await check.submitsOnceAnswered(form, answer(el));
      });

      it('answers checkValidity() quietly and shows the error on reportValidity()', async () => {
        const { el } = await inForm({ required: true });
        await check.reportsOnlyWhenAsked(el);
      });

      it('returns to the value it started with on form.reset()', async () => {
        const { form, el } = await inForm({ value: sample });
        await check.resetsToStart(form, el, shown, other, entries(sample));
      });

      it('clears what the user answered, and any error, on form.reset()', async () => {
        const { form, el } = await inForm({ required: true });
        await check.resetClearsAnswer(form, el, answer(el), shown, empty);
      });

      it('is disabled by a disabled fieldset: not submitted, not validated, inputs disabled', async () => {
        const form = await fixture<HTMLFormElement>(
          html`<form><fieldset disabled>${render({ name: 'q', label: LABEL, required: true, value: sample })}</fieldset></form>`,
        );
        const el = form.querySelector(tag) as EhQuestionBase<V>;
        await el.updateComplete;
        await check.followsFieldset(form, el, entries(sample));
      });

      it('is disabled by its own disabled attribute', async () => {
        const { form, el } = await inForm({ disabled: true, required: true, value: sample });
        await check.isDisabled(form, el);
      });

      it('takes back a state the browser restores', async () => {
        const { form, el } = await inForm();
        await check.restoresState(form, el, contract.restored, entries(contract.restored.value));
      });
    });

    describe('layout', () => {
      it('fits a 320 px wide screen (200% zoom) without sideways scrolling', async () => {
        await page.viewport(320, 640);
        try {
          const long = 'Has the child or young person been missing from education for more than ten school days?';
          await check.fitsWidth(await make({ label: long, hint: long, error: long, value: sample }));
        } finally {
          await page.viewport(1024, 768);
        }
      });
    });

    describe('keyboard', () => {
      it('is reached with Tab', async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div><button>Before</button>${render({ name: 'q', label: LABEL })}</div>`,
        );
        const el = wrapper.querySelector(tag) as EhQuestionBase<V>;
        await el.updateComplete;
        await check.reachedWithTab(wrapper.querySelector('button')!, el, contract.firstInput(el));
      });

      it('moves focus to its first input with el.focus()', async () => {
        const el = await make();
        await check.focusesFirstInput(el, contract.firstInput(el));
      });
    });
  });
}
