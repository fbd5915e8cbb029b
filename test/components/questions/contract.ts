/**
 * What every question control promises, written once and run per control type (see the
 * `*.test.ts` files beside this one). Each type supplies a factory and a few helpers:
 * how to read what its inputs show, and how a real user gives an answer (real clicks and
 * key presses through Playwright).
 */
import { expect, fixture, html, assert } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { describe, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { EhQuestionBase } from '../../../src/components/question-base/question-base.js';
import type { AnswerValue } from '../../../src/engine/schema.js';
import type { EhAnswerChangeEvent } from '../../../src/events/answer-change.js';
import { cy, en, type Catalogue } from '../../../src/i18n/index.js';

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
}

const LABEL = 'How many children live in the home?';
const HINT = 'Include children who stay at least two nights a week.';

/** Collects events of these types reaching `target`. */
export function record(target: EventTarget, ...types: string[]): Event[] {
  const seen: Event[] = [];
  for (const type of types) target.addEventListener(type, (event) => seen.push(event));
  return seen;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

export function questionContract<V>(contract: QuestionContract<V>): void {
  const { tag, render } = contract;
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
    return { form, el, button: form.querySelector('button')! };
  };
  const errorText = (el: Element) =>
    el.shadowRoot!.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim();
  const describedIds = (el: Element) =>
    [...el.shadowRoot!.querySelectorAll('[aria-describedby]')].flatMap((node) =>
      node.getAttribute('aria-describedby')!.split(' '),
    );

  describe(`${tag}: shared contract`, () => {
    describe('accessibility', () => {
      for (const lang of ['en', 'cy']) {
        it(`has no axe violations in ${lang}`, async () => {
          const el = await make({ lang, required: true });
          await expect(el).to.be.accessible();
        });

        it(`has no axe violations in ${lang} with an error shown`, async () => {
          const el = await make({ lang, required: true, error: 'Select an answer' });
          expect(errorText(el)).to.contain('Select an answer');
          await expect(el).to.be.accessible();
        });
      }

      it('links the hint and the error to the field inside its shadow root', async () => {
        const el = await make({ error: 'Enter an answer' });
        const ids = describedIds(el);
        expect(ids).to.include('hint').and.to.include('error');
        for (const id of ['hint', 'error']) assert.exists(el.shadowRoot!.getElementById(id), id);
        expect(el.shadowRoot!.getElementById('hint')!.textContent).to.contain(HINT);
      });

      it('prefixes the error with a visually hidden "Error:" in the page language', async () => {
        for (const [lang, t] of [
          ['en', en],
          ['cy', cy],
        ] as const) {
          const el = await make({ lang, error: 'Message' });
          const prefix = el.shadowRoot!.querySelector('[part="error"] .visually-hidden')!;
          expect(prefix.textContent).to.equal(t.controls.errorPrefix);
          expect(getComputedStyle(prefix).position).to.equal('absolute');
        }
      });
    });

    describe('properties', () => {
      it('shows the question as the legend or label', async () => {
        const el = await make();
        const label = el.shadowRoot!.querySelector('[part="legend"], [part="label"]')!;
        expect(label.textContent!.trim()).to.equal(LABEL);
      });

      it('reflects name but not value', async () => {
        const el = await make({ name: 'children', value: contract.sample });
        expect(el.getAttribute('name')).to.equal('children');
        el.value = contract.other;
        await el.updateComplete;
        expect(el.getAttribute('value')).to.equal(null);
      });

      it('shows a value set as a property in its inputs', async () => {
        const el = await make();
        expect(contract.shown(el)).to.deep.equal(contract.empty);
        el.value = contract.sample;
        await el.updateComplete;
        expect(contract.shown(el)).to.deep.equal(contract.sample);
        el.value = contract.other;
        await el.updateComplete;
        expect(contract.shown(el)).to.deep.equal(contract.other);
      });

      it('fires nothing when a property is set', async () => {
        const el = await make();
        const seen = record(el, 'eh-answer-change', 'change', 'input');
        el.value = contract.sample;
        el.error = 'Problem';
        el.required = true;
        await el.updateComplete;
        el.value = contract.empty;
        await el.updateComplete;
        expect(seen.map((event) => event.type)).to.deep.equal([]);
      });

      it('shows no error on first render, even when required and empty', async () => {
        const el = await make({ required: true });
        expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
        expect(el.shadowRoot!.querySelector('[aria-invalid]')).to.equal(null);
        expect(el.matches(':state(user-invalid)')).to.equal(false);
        expect(el.validity.valueMissing).to.equal(true);
      });

      it('shows an error set by the host at once, with aria-invalid, and clears it', async () => {
        const el = await make({ value: contract.sample });
        el.error = 'Check this answer';
        await el.updateComplete;
        expect(errorText(el)).to.equal(`${en.controls.errorPrefix} Check this answer`);
        assert.exists(el.shadowRoot!.querySelector('[aria-invalid="true"]'));
        expect(el.matches(':state(user-invalid)')).to.equal(true);
        expect(el.validationMessage).to.equal('Check this answer');
        el.error = '';
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
        expect(el.shadowRoot!.querySelector('[aria-invalid]')).to.equal(null);
        expect(el.matches(':state(user-invalid)')).to.equal(false);
        expect(el.checkValidity()).to.equal(true);
      });
    });

    describe('events', () => {
      it('fires eh-answer-change and a composed change when the user answers', async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div>${render({ name: 'children', label: LABEL })}</div>`);
        const el = wrapper.querySelector(tag) as EhQuestionBase<V>;
        await el.updateComplete;
        const seen = record(wrapper, 'eh-answer-change', 'change');
        await contract.answerAsUser(el);
        const answers = seen.filter((event) => event.type === 'eh-answer-change') as EhAnswerChangeEvent[];
        expect(answers.length).to.be.greaterThan(0);
        const last = answers.at(-1)!;
        expect(last.questionId).to.equal('children');
        expect(last.value).to.deep.equal(contract.answer(contract.sample));
        expect(last.target).to.equal(el);
        const changes = seen.filter((event) => event.type === 'change');
        expect(changes.length).to.equal(contract.commits ?? 1);
        for (const change of changes) {
          expect(change.target).to.equal(el);
          expect(change.composed).to.equal(true);
        }
        expect(el.value).to.deep.equal(contract.sample);
      });
    });

    describe('form association', () => {
      it('belongs to its form and submits its value under its name', async () => {
        const { form, el } = await inForm({ value: contract.sample });
        expect(el.form).to.equal(form);
        expect(new FormData(form).getAll('q')).to.deep.equal(contract.entries(contract.sample));
        el.value = contract.empty;
        await el.updateComplete;
        expect(new FormData(form).has('q')).to.equal(false);
      });

      it('submits what the user answered', async () => {
        const { form, el } = await inForm();
        await contract.answerAsUser(el);
        expect(new FormData(form).getAll('q')).to.deep.equal(contract.entries(contract.sample));
      });

      for (const [lang, t] of [
        ['en', en],
        ['cy', cy],
      ] as const) {
        it(`makes the form invalid when required and empty, with the ${lang} message`, async () => {
          const { form, el } = await inForm({ required: true, lang });
          expect(form.checkValidity()).to.equal(false);
          expect(el.validity.valueMissing).to.equal(true);
          expect(el.validationMessage).to.equal(contract.requiredMessage(t, LABEL));
          el.value = contract.sample;
          await el.updateComplete;
          expect(form.checkValidity()).to.equal(true);
          expect(el.validationMessage).to.equal('');
        });
      }

      it('is valid when optional and empty', async () => {
        const { form, el } = await inForm();
        expect(el.willValidate).to.equal(true);
        expect(form.checkValidity()).to.equal(true);
      });

      it('shows the error and sets :state(user-invalid) when a submit is attempted', async () => {
        const { form, el, button } = await inForm({ required: true });
        const submits = record(form, 'submit');
        await userEvent.click(button);
        await el.updateComplete;
        expect(submits.length).to.equal(0);
        expect(el.matches(':state(user-invalid)')).to.equal(true);
        expect(errorText(el)).to.equal(`${en.controls.errorPrefix} ${contract.requiredMessage(en, LABEL)}`);
        assert.exists(el.shadowRoot!.querySelector('[aria-invalid="true"]'));
        // Answering clears the error while the user is still on the page.
        await contract.answerAsUser(el);
        await el.updateComplete;
        expect(el.matches(':state(user-invalid)')).to.equal(false);
        expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      });

      it('lets a valid form submit', async () => {
        const { form, el, button } = await inForm({ required: true });
        const submits = record(form, 'submit');
        form.addEventListener('submit', (event) => event.preventDefault());
        await contract.answerAsUser(el);
        await userEvent.click(button);
        expect(submits.length).to.equal(1);
      });

      it('answers checkValidity() quietly and shows the error on reportValidity()', async () => {
        const { el } = await inForm({ required: true });
        expect(el.checkValidity()).to.equal(false);
        await el.updateComplete;
        expect(el.matches(':state(user-invalid)')).to.equal(false);
        expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
        expect(el.reportValidity()).to.equal(false);
        await el.updateComplete;
        expect(el.matches(':state(user-invalid)')).to.equal(true);
        assert.exists(el.shadowRoot!.querySelector('[part="error"]'));
      });

      it('returns to the value it started with on form.reset()', async () => {
        const { form, el } = await inForm({ value: contract.sample });
        el.value = contract.other;
        await el.updateComplete;
        form.reset();
        await el.updateComplete;
        expect(el.value).to.deep.equal(contract.sample);
        expect(contract.shown(el)).to.deep.equal(contract.sample);
        expect(new FormData(form).getAll('q')).to.deep.equal(contract.entries(contract.sample));
      });

      it('clears what the user answered, and any error, on form.reset()', async () => {
        const { form, el, button } = await inForm({ required: true });
        await userEvent.click(button);
        await contract.answerAsUser(el);
        form.reset();
        await el.updateComplete;
        expect(el.value).to.deep.equal(contract.empty);
        expect(contract.shown(el)).to.deep.equal(contract.empty);
        expect(el.matches(':state(user-invalid)')).to.equal(false);
        expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      });

      it('is disabled by a disabled fieldset: not submitted, not validated, inputs disabled', async () => {
        const form = await fixture<HTMLFormElement>(
          html`<form><fieldset disabled>${render({ name: 'q', label: LABEL, required: true, value: contract.sample })}</fieldset></form>`,
        );
        const el = form.querySelector(tag) as EhQuestionBase<V>;
        await el.updateComplete;
        expect(el.matches(':disabled')).to.equal(true);
        expect((contract.firstInput(el) as HTMLInputElement).disabled).to.equal(true);
        expect(el.willValidate).to.equal(false);
        expect(new FormData(form).has('q')).to.equal(false);
        form.querySelector('fieldset')!.disabled = false;
        await el.updateComplete;
        expect((contract.firstInput(el) as HTMLInputElement).disabled).to.equal(false);
        expect(new FormData(form).getAll('q')).to.deep.equal(contract.entries(contract.sample));
      });

      it('is disabled by its own disabled attribute', async () => {
        const { form, el } = await inForm({ disabled: true, value: contract.sample });
        expect(el.hasAttribute('disabled')).to.equal(true);
        expect((contract.firstInput(el) as HTMLInputElement).disabled).to.equal(true);
        expect(new FormData(form).has('q')).to.equal(false);
      });

      it('takes back a state the browser restores', async () => {
        const { form, el } = await inForm();
        el.formStateRestoreCallback(contract.restored.state);
        await el.updateComplete;
        expect(el.value).to.deep.equal(contract.restored.value);
        expect(new FormData(form).getAll('q')).to.deep.equal(contract.entries(contract.restored.value));
      });
    });

    describe('layout', () => {
      it('fits a 320 px wide screen (200% zoom) without sideways scrolling', async () => {
        await page.viewport(320, 640);
        try {
          const long = 'Has the child or young person been missing from education for more than ten school days?';
          const el = await make({ label: long, hint: long, error: long, value: contract.sample });
          const width = el.ownerDocument.documentElement.clientWidth;
          const overflowing = [...el.shadowRoot!.querySelectorAll('*')].filter(
            (node) => node.getBoundingClientRect().right > width,
          );
          expect(overflowing.map((node) => node.outerHTML.slice(0, 80))).to.deep.equal([]);
          expect(el.getBoundingClientRect().right).to.be.at.most(width);
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
        wrapper.querySelector('button')!.focus();
        await userEvent.keyboard('{Tab}');
        expect(document.activeElement).to.equal(el);
        expect(el.shadowRoot!.activeElement).to.equal(contract.firstInput(el));
      });

      it('moves focus to its first input with el.focus()', async () => {
        const el = await make();
        el.focus();
        await nextFrame();
        expect(el.shadowRoot!.activeElement).to.equal(contract.firstInput(el));
      });
    });
  });
}
