import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/multi-choice-question/define.js';
import type { EhMultiChoiceQuestion } from '../../../src/components/multi-choice-question/multi-choice-question.js';
import type { EhAnswerChangeEvent } from '../../../src/events/answer-change.js';
import { cy, en } from '../../../src/i18n/index.js';
import { record } from '../../support/question-checks.js';
import { questionContract, type QuestionProps } from './contract.js';

const OPTIONS = [
  { value: 'housing', label: 'Housing' },
  { value: 'money', label: 'Money worries' },
  { value: 'health', label: 'Health', hint: 'Physical or mental health.' },
  { value: 'none', label: 'None of these', exclusive: true },
];

const render = (p: QuestionProps<string[]>) =>
  html`<eh-multi-choice-question
    name=${p.name ?? nothing}
    label=${p.label ?? nothing}
    hint=${p.hint ?? nothing}
    lang=${p.lang ?? nothing}
    ?required=${p.required}
    ?disabled=${p.disabled}
    .options=${OPTIONS}
    .value=${p.value ?? []}
    .error=${p.error ?? ''}
  ></eh-multi-choice-question>`;

const boxes = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const checked = (el: Element) =>
  boxes(el)
    .filter((box) => box.checked)
    .map((box) => box.value);
const click = (el: Element, value: string) =>
  userEvent.click(el.shadowRoot!.querySelector(`label[for="option-${OPTIONS.findIndex((o) => o.value === value)}"]`)!);

const formData = (values: string[]) => {
  const data = new FormData();
  for (const value of values) data.append('q', value);
  return data;
};

questionContract<string[]>({
  tag: 'eh-multi-choice-question',
  render,
  empty: [],
  sample: ['housing', 'health'],
  other: ['money'],
  shown: checked,
  answerAsUser: async (el) => {
    await click(el, 'housing');
    await click(el, 'health');
  },
  commits: 2,
  entries: (value) => value,
  answer: (value) => (value.length ? value : undefined),
  requiredMessage: (t, label) => t.questionnaire.selectSome(label),
  firstInput: (el) => boxes(el)[0]!,
  restored: { state: formData(['money', 'health']), value: ['money', 'health'] },
  hintShown: (hint, t) => `${hint} ${t.controls.selectAll}`,
});

describe('eh-multi-choice-question', () => {
  it('says "Select all that apply" after the hint, in the page language', async () => {
    const el = await fixture<EhMultiChoiceQuestion>(render({ label: 'Worries', hint: 'Think about the last month.' }));
    expect(el.shadowRoot!.querySelector('[part="hint"]')!.textContent).to.equal(
      `Think about the last month. ${en.controls.selectAll}`,
    );
    const welsh = await fixture<EhMultiChoiceQuestion>(render({ label: 'Pryderon', lang: 'cy' }));
    expect(welsh.shadowRoot!.querySelector('[part="hint"]')!.textContent).to.equal(cy.controls.selectAll);
  });

  it('puts one "or" divider before the exclusive option', async () => {
    const el = await fixture<EhMultiChoiceQuestion>(render({ label: 'Worries' }));
    const dividers = el.shadowRoot!.querySelectorAll('[part="divider"]');
    expect(dividers.length).to.equal(1);
    expect(dividers[0]!.textContent).to.equal(en.controls.or);
    expect(dividers[0]!.nextElementSibling!.querySelector('input')!.value).to.equal('none');
    el.setAttribute('lang', 'cy');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="divider"]')!.textContent).to.equal(cy.controls.or);
  });

  it('keeps the options order whatever order the user ticks them in', async () => {
    const el = await fixture<EhMultiChoiceQuestion>(render({ label: 'Worries' }));
    await click(el, 'health');
    await click(el, 'housing');
    expect(el.value).to.deep.equal(['housing', 'health']);
  });

  it('clears the others when the exclusive option is chosen, and clears it when another is chosen', async () => {
    const el = await fixture<EhMultiChoiceQuestion>(render({ name: 'worries', label: 'Worries' }));
    const seen = record(el, 'eh-answer-change');
    await click(el, 'housing');
    await click(el, 'money');
    await click(el, 'none');
    expect(el.value).to.deep.equal(['none']);
    expect(checked(el)).to.deep.equal(['none']);
    await click(el, 'health');
    expect(el.value).to.deep.equal(['health']);
    expect(checked(el)).to.deep.equal(['health']);
    expect(seen.map((event) => (event as EhAnswerChangeEvent).value)).to.deep.equal([
      ['housing'],
      ['housing', 'money'],
      ['none'],
      ['health'],
    ]);
    expect(el.checkValidity()).to.equal(true);
  });

  it('fires eh-answer-change with undefined when the user unticks the last option', async () => {
    const el = await fixture<EhMultiChoiceQuestion>(render({ name: 'worries', label: 'Worries', value: ['money'] }));
    const seen = record(el, 'eh-answer-change');
    await click(el, 'money');
    expect(el.value).to.deep.equal([]);
    expect((seen[0] as EhAnswerChangeEvent).value).to.equal(undefined);
  });

  it('is invalid when a host sets the exclusive option with others', async () => {
    const el = await fixture<EhMultiChoiceQuestion>(render({ label: 'Worries', value: ['housing', 'none'] }));
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal(en.questionnaire.exclusive('Worries', 'None of these'));
  });

  it('does not share the array it was given', async () => {
    const given = ['money'];
    const el = await fixture<EhMultiChoiceQuestion>(render({ label: 'Worries', value: given }));
    await click(el, 'housing');
    expect(given).to.deep.equal(['money']);
    expect(el.value).to.deep.equal(['housing', 'money']);
  });

  describe('keyboard', () => {
    it('toggles the focused checkbox with Space and reaches each with Tab', async () => {
      const el = await fixture<EhMultiChoiceQuestion>(render({ label: 'Worries' }));
      el.focus();
      await userEvent.keyboard(' ');
      expect(el.value).to.deep.equal(['housing']);
      await userEvent.keyboard(' ');
      expect(el.value).to.deep.equal([]);
      await userEvent.keyboard('{Tab}');
      expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[1]);
      await userEvent.keyboard(' ');
      expect(el.value).to.deep.equal(['money']);
    });
  });
});
