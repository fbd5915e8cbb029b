import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/number-question/define.js';
import { parseNumber, type EhNumberQuestion } from '../../../src/components/number-question/number-question.js';
import type { EhAnswerChangeEvent } from '../../../src/events/answer-change.js';
import { cy, en } from '../../../src/i18n/index.js';
import { record } from '../../support/question-checks.js';
import { questionContract, type QuestionProps } from './contract.js';

const render = (p: QuestionProps<number | undefined> & { min?: number; max?: number }) =>
  html`<eh-number-question
    name=${p.name ?? nothing}
    label=${p.label ?? nothing}
    hint=${p.hint ?? nothing}
    lang=${p.lang ?? nothing}
    min=${p.min ?? nothing}
    max=${p.max ?? nothing}
    ?required=${p.required}
    ?disabled=${p.disabled}
    .value=${p.value}
    .error=${p.error ?? ''}
  ></eh-number-question>`;

const field = (el: Element) => el.shadowRoot!.querySelector('input')!;
const typeInto = async (el: Element, text: string) => {
  await userEvent.click(field(el));
  await userEvent.keyboard(text);
};
const errorText = (el: Element) =>
  el.shadowRoot!.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim();

questionContract<number | undefined>({
  tag: 'eh-number-question',
  render,
  empty: undefined,
  sample: 12,
  other: 7,
  shown: (el) => parseNumber(field(el).value),
  answerAsUser: async (el) => {
    await typeInto(el, '12');
    await userEvent.keyboard('{Tab}');
  },
  entries: (value) => (value === undefined ? [] : [String(value)]),
  answer: (value) => value,
  requiredMessage: (t, label) => t.questionnaire.enterNumber(label),
  firstInput: field,
  restored: { state: '42', value: 42 },
});

describe('eh-number-question', () => {
  it('is a text field with a numeric keyboard, as GOV.UK advises', async () => {
    const el = await fixture<EhNumberQuestion>(render({ label: 'Age' }));
    expect(field(el).type).to.equal('text');
    expect(field(el).inputMode).to.equal('numeric');
  });

  it('restores text that is not a number as typed', async () => {
    const el = await fixture<EhNumberQuestion>(render({ name: 'age', label: 'Age' }));
    el.formStateRestoreCallback('about 4');
    await el.updateComplete;
    expect(field(el).value).to.equal('about 4');
    expect(el.validity.badInput).to.equal(true);
  });

  it('keeps text that is not a number, reports it, and keeps it when the host sets undefined', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>${render({ name: 'age', label: 'Age' })}</form>`);
    const el = form.querySelector('eh-number-question') as EhNumberQuestion;
    await el.updateComplete;
    const seen = record(el, 'eh-answer-change');
    await typeInto(el, '12 years');
    expect(field(el).value).to.equal('12 years');
    expect(el.value).to.equal(undefined);
    expect(el.validity.badInput).to.equal(true);
    expect(el.validationMessage).to.equal(en.questionnaire.notWhole('Age'));
    expect(form.checkValidity()).to.equal(false);
    expect(seen.map((event) => (event as EhAnswerChangeEvent).value)).to.deep.equal([1, 12, undefined]);
    await userEvent.keyboard('{Tab}');
    await el.updateComplete;
    expect(errorText(el)).to.equal(`${en.controls.errorPrefix} ${en.questionnaire.notWhole('Age')}`);
    // A host re-rendering with the answer it was given (undefined) loses nothing.
    el.value = undefined;
    await el.updateComplete;
    expect(field(el).value).to.equal('12 years');
    // Setting another number replaces the text.
    el.value = 4;
    await el.updateComplete;
    expect(field(el).value).to.equal('4');
  });

  it('keeps text that is not a number through a language switch, and says so in Welsh', async () => {
    const el = await fixture<EhNumberQuestion>(render({ name: 'age', label: 'Oed' }));
    await typeInto(el, 'tri');
    await userEvent.keyboard('{Tab}');
    el.setAttribute('lang', 'cy');
    await el.updateComplete;
    expect(field(el).value).to.equal('tri');
    expect(el.validationMessage).to.equal(cy.questionnaire.notWhole('Oed'));
    expect(errorText(el)).to.equal(`${cy.controls.errorPrefix} ${cy.questionnaire.notWhole('Oed')}`);
  });

  it('is out of range above max and below min, with the range in the message', async () => {
    const el = await fixture<EhNumberQuestion>(render({ label: 'Age', min: 0, max: 18 }));
    await typeInto(el, '25');
    expect(el.value).to.equal(25);
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(el.validationMessage).to.equal(en.questionnaire.outOfRange('Age', 0, 18));
    el.value = -1;
    await el.updateComplete;
    expect(el.validity.rangeUnderflow).to.equal(true);
    el.value = 18;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
  });

  it('reads thousands written with commas and submits the plain number', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>${render({ name: 'income', label: 'Income' })}</form>`);
    const el = form.querySelector('eh-number-question') as EhNumberQuestion;
    await typeInto(el, '1,250');
    expect(el.value).to.equal(1250);
    expect(new FormData(form).get('income')).to.equal('1250');
    expect(field(el).value).to.equal('1,250');
  });

  it('takes its starting number from the value attribute and returns to it on reset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><eh-number-question name="n" label="Children" value="3"></eh-number-question></form>`,
    );
    const el = form.querySelector('eh-number-question') as EhNumberQuestion;
    await el.updateComplete;
    expect(el.value).to.equal(3);
    await userEvent.click(field(el));
    await userEvent.keyboard('{End}x');
    expect(field(el).value).to.equal('3x');
    form.reset();
    await el.updateComplete;
    expect(field(el).value).to.equal('3');
    expect(el.value).to.equal(3);
  });

  it('parses numbers the way a practitioner writes them', () => {
    expect(['3', ' 3 ', '-2', '2.5', '1,000', '\u22124'].map(parseNumber)).to.deep.equal([3, 3, -2, 2.5, 1000, -4]);
    expect(['', 'three', '1,2', '1.', '3 4', '1e3'].map(parseNumber)).to.deep.equal([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
