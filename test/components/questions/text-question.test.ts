import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/text-question/define.js';
import type { EhTextQuestion } from '../../../src/components/text-question/text-question.js';
import type { EhAnswerChangeEvent } from '../../../src/events/answer-change.js';
import { cy, en } from '../../../src/i18n/index.js';
import { record } from '../../support/question-checks.js';
import { questionContract, type QuestionProps } from './contract.js';

const render = (p: QuestionProps<string> & { maxlength?: number }) =>
  html`<eh-text-question
    name=${p.name ?? nothing}
    label=${p.label ?? nothing}
    hint=${p.hint ?? nothing}
    lang=${p.lang ?? nothing}
    maxlength=${p.maxlength ?? nothing}
    ?required=${p.required}
    ?disabled=${p.disabled}
    .value=${p.value ?? ''}
    .error=${p.error ?? ''}
  ></eh-text-question>`;

const area = (el: Element) => el.shadowRoot!.querySelector('textarea')!;
const count = (el: Element) => el.shadowRoot!.querySelector('[part="count"]');
const typeInto = async (el: Element, text: string) => {
  await userEvent.click(area(el));
  await userEvent.keyboard(text);
};

questionContract<string>({
  tag: 'eh-text-question',
  render: (p) => render({ ...p, maxlength: 200 }),
  empty: '',
  sample: 'Mum says the landlord has served notice.',
  other: 'Dad has a new job.',
  shown: (el) => area(el).value,
  answerAsUser: async (el) => {
    await typeInto(el, 'Mum says the landlord has served notice.');
    await userEvent.keyboard('{Tab}');
  },
  entries: (value) => (value ? [value] : []),
  answer: (value) => value || undefined,
  requiredMessage: (t, label) => t.questionnaire.enterText(label),
  firstInput: area,
  restored: { state: 'Restored note', value: 'Restored note' },
  describedAfter: ['count-info'],
});

describe('eh-text-question', () => {
  it('shows no count without maxlength', async () => {
    const el = await fixture<EhTextQuestion>(render({ label: 'Notes' }));
    expect(count(el)).to.equal(null);
    expect(area(el).hasAttribute('aria-describedby')).to.equal(false);
  });

  it('tells the limit with the field and counts down as the user types', async () => {
    const el = await fixture<EhTextQuestion>(render({ label: 'Notes', maxlength: 20 }));
    const info = el.shadowRoot!.getElementById('count-info')!;
    expect(area(el).getAttribute('aria-describedby')).to.contain('count-info');
    expect(info.textContent).to.equal('You can enter up to 20 characters.');
    expect(count(el)!.textContent).to.equal('You have 20 characters remaining');
    expect(count(el)!.getAttribute('aria-hidden')).to.equal('true');
    await typeInto(el, 'x'.repeat(19));
    expect(count(el)!.textContent).to.equal('You have 1 character remaining');
    expect(area(el).hasAttribute('maxlength')).to.equal(false);
  });

  it('counts in Welsh with the right plural forms', async () => {
    const el = await fixture<EhTextQuestion>(render({ label: 'Nodiadau', maxlength: 5, lang: 'cy' }));
    expect(count(el)!.textContent).to.equal('Mae gennych 5 o nodau yn weddill');
    const seen: string[] = [];
    for (const value of ['x', 'xx', 'xxx', 'xxxx', 'xxxxx', 'xxxxxx']) {
      el.value = value;
      await el.updateComplete;
      seen.push(count(el)!.textContent!);
    }
    expect(seen).to.deep.equal([
      'Mae gennych 4 o nodau yn weddill',
      'Mae gennych 3 nod yn weddill',
      'Mae gennych 2 nod yn weddill',
      'Mae gennych 1 nod yn weddill',
      'Nid oes gennych unrhyw nodau yn weddill',
      'Mae gennych 1 nod yn ormod',
    ]);
    expect(cy.controls.charactersRemaining(6)).to.equal('Mae gennych 6 nod yn weddill');
    expect(cy.controls.characterLimit(200)).to.equal('Gallwch roi hyd at 200 o nodau.');
  });

  it('keeps everything typed over the limit, and is then invalid (tooLong)', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>${render({ name: 'notes', label: 'Notes', maxlength: 10 })}</form>`,
    );
    const el = form.querySelector('eh-text-question') as EhTextQuestion;
    await el.updateComplete;
    const text = 'This is longer than ten';
    await typeInto(el, text);
    expect(el.value).to.equal(text);
    expect(area(el).value).to.equal(text);
    expect(new FormData(form).get('notes')).to.equal(text);
    expect(count(el)!.textContent).to.equal(`You have ${text.length - 10} characters too many`);
    expect(count(el)!.classList.contains('over')).to.equal(true);
    expect(el.validity.tooLong).to.equal(true);
    expect(el.validationMessage).to.equal(en.questionnaire.tooLong('Notes', 10));
    expect(form.checkValidity()).to.equal(false);
    // The message waits until the user leaves the field.
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    await userEvent.keyboard('{Tab}');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(
      en.questionnaire.tooLong('Notes', 10),
    );
    expect(el.matches(':state(user-invalid)')).to.equal(true);
  });

  it('announces the count politely once the user pauses', async () => {
    const el = await fixture<EhTextQuestion>(render({ label: 'Notes', maxlength: 20 }));
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent!.trim()).to.equal('');
    await typeInto(el, 'Hello');
    await el.updateComplete;
    expect(live.textContent!.trim()).to.equal('');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await el.updateComplete;
    expect(live.textContent!.trim()).to.equal('You have 15 characters remaining');
  });

  it('fires eh-answer-change and input on each key, change once when the user leaves', async () => {
    const el = await fixture<EhTextQuestion>(render({ name: 'notes', label: 'Notes', value: 'Ok' }));
    const seen = record(el, 'eh-answer-change', 'input', 'change');
    await userEvent.click(area(el));
    await userEvent.keyboard('{End}{Backspace}{Backspace}Hi');
    expect(seen.filter((event) => event.type === 'change').length).to.equal(0);
    await userEvent.keyboard('{Tab}');
    const answers = seen
      .filter((event) => event.type === 'eh-answer-change')
      .map((event) => (event as EhAnswerChangeEvent).value);
    expect(answers).to.deep.equal(['O', undefined, 'H', 'Hi']);
    expect(seen.filter((event) => event.type === 'input').length).to.equal(4);
    expect(seen.filter((event) => event.type === 'change').length).to.equal(1);
  });

  it('shows the required error after the user empties the field and leaves it', async () => {
    const el = await fixture<EhTextQuestion>(render({ name: 'notes', label: 'Notes', required: true, value: 'A' }));
    await userEvent.click(area(el));
    await userEvent.keyboard('{End}{Backspace}');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    await userEvent.keyboard('{Tab}');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(en.questionnaire.enterText('Notes'));
  });

  it('sets the visible rows', async () => {
    const el = await fixture<EhTextQuestion>(html`<eh-text-question label="Notes" rows="8"></eh-text-question>`);
    expect(area(el).rows).to.equal(8);
  });
});
