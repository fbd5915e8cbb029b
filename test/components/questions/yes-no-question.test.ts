import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/yes-no-question/define.js';
import type { EhYesNoQuestion, YesNoValue } from '../../../src/components/yes-no-question/yes-no-question.js';
import { cy, en } from '../../../src/i18n/index.js';
import { questionContract, type QuestionProps } from './contract.js';

const render = (p: QuestionProps<YesNoValue | ''> & { inline?: boolean }) =>
  html`<eh-yes-no-question
    name=${p.name ?? nothing}
    label=${p.label ?? nothing}
    hint=${p.hint ?? nothing}
    lang=${p.lang ?? nothing}
    ?required=${p.required}
    ?disabled=${p.disabled}
    ?inline=${p.inline}
    .value=${p.value ?? ''}
    .error=${p.error ?? ''}
  ></eh-yes-no-question>`;

const radios = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const labels = (el: Element) => [...el.shadowRoot!.querySelectorAll('label')].map((label) => label.textContent!.trim());

questionContract<YesNoValue | ''>({
  tag: 'eh-yes-no-question',
  render,
  empty: '',
  sample: 'no',
  other: 'not-sure',
  shown: (el) => (radios(el).find((radio) => radio.checked)?.value ?? '') as YesNoValue | '',
  answerAsUser: async (el) => {
    await userEvent.click(el.shadowRoot!.querySelector('label[for="option-1"]')!);
  },
  entries: (value) => (value ? [value] : []),
  answer: (value) => value || undefined,
  requiredMessage: (t, label) => t.questionnaire.selectOne(label),
  firstInput: (el) => radios(el)[0]!,
  restored: { state: 'yes', value: 'yes' },
});

describe('eh-yes-no-question', () => {
  it('offers yes, no and not sure in the page language, with fixed values', async () => {
    const el = await fixture<EhYesNoQuestion>(render({ label: 'Is the child safe tonight?' }));
    expect(radios(el).map((radio) => radio.value)).to.deep.equal(['yes', 'no', 'not-sure']);
    expect(labels(el).slice(0, 3)).to.deep.equal([en.answers.yes, en.answers.no, en.answers['not-sure']]);
    el.setAttribute('lang', 'cy');
    await el.updateComplete;
    // An English question on a Welsh page: no Welsh verb to answer, so the plain words.
    expect(labels(el).slice(0, 3)).to.deep.equal([cy.answers.yes, cy.answers.no, cy.answers['not-sure']]);
    expect(radios(el).map((radio) => radio.value)).to.deep.equal(['yes', 'no', 'not-sure']);
  });

  it('answers a Welsh question with its own verb: Oes / Nac oes, Ydy / Nac ydy', async () => {
    const el = await fixture<EhYesNoQuestion>(render({ label: 'A oes gan y plentyn anabledd?', lang: 'cy' }));
    expect(labels(el).slice(0, 3)).to.deep.equal(['Oes', 'Nac oes', cy.answers['not-sure']]);
    el.label = "A yw'r plentyn mewn perygl uniongyrchol?";
    await el.updateComplete;
    expect(labels(el).slice(0, 3)).to.deep.equal(['Ydy', 'Nac ydy', cy.answers['not-sure']]);
    // The values a form submits never change with the words.
    expect(radios(el).map((radio) => radio.value)).to.deep.equal(['yes', 'no', 'not-sure']);
  });

  it('gives "not-sure" when the user chooses Not sure', async () => {
    const el = await fixture<EhYesNoQuestion>(render({ label: 'Is the child safe tonight?' }));
    await userEvent.click(el.shadowRoot!.querySelector('label[for="option-2"]')!);
    expect(el.value).to.equal('not-sure');
  });

  it('lays the answers out in a row when inline, stacked otherwise', async () => {
    const stacked = await fixture<EhYesNoQuestion>(render({ label: 'Safe?' }));
    const inline = await fixture<EhYesNoQuestion>(render({ label: 'Safe?', inline: true }));
    const tops = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="option"]')].map(
        (item) => item.getBoundingClientRect().top,
      );
    const [a, b] = tops(stacked);
    expect(b).to.be.greaterThan(a!);
    const [c, d] = tops(inline);
    expect(d).to.equal(c);
    await expect(inline).to.be.accessible();
  });

  it('moves between the answers with the arrow keys', async () => {
    const el = await fixture<EhYesNoQuestion>(render({ label: 'Safe?', inline: true }));
    el.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(el.value).to.equal('no');
    await userEvent.keyboard('{ArrowRight}');
    expect(el.value).to.equal('not-sure');
    await userEvent.keyboard('{ArrowLeft}');
    expect(el.value).to.equal('no');
  });
});
