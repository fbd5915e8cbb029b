import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/choice-question/define.js';
import type { EhChoiceQuestion } from '../../../src/components/choice-question/choice-question.js';
import type { EhQuestionBase } from '../../../src/components/question-base/question-base.js';
import type { EhAnswerChangeEvent } from '../../../src/events/answer-change.js';
import { en } from '../../../src/i18n/index.js';
import { record } from '../../support/question-checks.js';
import { questionContract, type QuestionProps } from './contract.js';

const OPTIONS = [
  { value: 'none', label: 'No children' },
  { value: 'one', label: 'One child', hint: 'A baby counts as a child.' },
  { value: 'more', label: 'More than one' },
];

const render = (p: QuestionProps<string>) =>
  html`<eh-choice-question
    name=${p.name ?? nothing}
    label=${p.label ?? nothing}
    hint=${p.hint ?? nothing}
    lang=${p.lang ?? nothing}
    ?required=${p.required}
    ?disabled=${p.disabled}
    .options=${OPTIONS}
    .value=${p.value ?? ''}
    .error=${p.error ?? ''}
  ></eh-choice-question>`;

const radios = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const labelFor = (el: Element, text: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('label')].find((label) => label.textContent!.trim() === text)!;

questionContract<string>({
  tag: 'eh-choice-question',
  render,
  empty: '',
  sample: 'one',
  other: 'more',
  shown: (el) => radios(el).find((radio) => radio.checked)?.value ?? '',
  answerAsUser: async (el) => {
    await userEvent.click(labelFor(el, 'One child'));
  },
  entries: (value) => (value ? [value] : []),
  answer: (value) => value || undefined,
  requiredMessage: (t, label) => t.questionnaire.selectOne(label),
  firstInput: (el) => radios(el)[0]!,
  restored: { state: 'more', value: 'more' },
});

describe('eh-choice-question', () => {
  it('renders one radio per option, with its hint linked', async () => {
    const el = await fixture<EhChoiceQuestion>(render({ label: 'Children' }));
    expect(radios(el).map((radio) => radio.value)).to.deep.equal(['none', 'one', 'more']);
    const withHint = radios(el)[1]!;
    const hint = el.shadowRoot!.getElementById(withHint.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.equal('A baby counts as a child.');
    expect(radios(el)[0]!.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('keeps its value when the options are replaced', async () => {
    const el = await fixture<EhChoiceQuestion>(render({ label: 'Children', value: 'more' }));
    el.options = [...OPTIONS].reverse();
    await el.updateComplete;
    expect(radios(el)[0]!.checked).to.equal(true);
    expect(el.value).to.equal('more');
  });

  it('is invalid when given a value that is not one of its options', async () => {
    const el = await fixture<EhChoiceQuestion>(render({ label: 'Children', value: 'seven' }));
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal(en.questionnaire.invalidChoice('Children'));
    expect(radios(el).some((radio) => radio.checked)).to.equal(false);
  });

  describe('keyboard', () => {
    it('moves between radios with the arrow keys, choosing each', async () => {
      const el = await fixture<EhChoiceQuestion>(render({ name: 'children', label: 'Children' }));
      const seen = record(el, 'eh-answer-change', 'change');
      el.focus();
      await userEvent.keyboard('{ArrowDown}');
      expect(el.value).to.equal('one');
      await userEvent.keyboard('{ArrowDown}');
      expect(el.value).to.equal('more');
      await userEvent.keyboard('{ArrowUp}');
      expect(el.value).to.equal('one');
      expect(el.shadowRoot!.activeElement).to.equal(radios(el)[1]);
      expect(seen.filter((event) => event.type === 'change').length).to.equal(3);
      expect(
        seen.filter((event) => event.type === 'eh-answer-change').map((event) => (event as EhAnswerChangeEvent).value),
      ).to.deep.equal(['one', 'more', 'one']);
    });

    it('chooses the focused radio with Space', async () => {
      const el = await fixture<EhChoiceQuestion>(render({ label: 'Children' }));
      el.focus();
      await userEvent.keyboard(' ');
      expect(el.value).to.equal('none');
    });

    it('is one Tab stop: Tab leaves the group to the next control', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>${render({ label: 'Children', value: 'one' })}<button>After</button></div>`,
      );
      const el = wrapper.querySelector('eh-choice-question') as EhQuestionBase<string>;
      await el.updateComplete;
      radios(el)[1]!.focus();
      await userEvent.keyboard('{Tab}');
      expect(document.activeElement).to.equal(wrapper.querySelector('button'));
    });
  });
});
