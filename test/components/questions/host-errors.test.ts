import { expect, fixture, html, assert } from '@open-wc/testing';
import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/number-question/define.js';
import type { EhNumberQuestion } from '../../../src/components/number-question/number-question.js';

describe('host-errors', () => {
  it('leaves showing errors to the host, so nothing moves when the field loses focus', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <eh-number-question host-errors name="count" label="How many"></eh-number-question><button>Next</button>
    </div>`);
    const el = wrapper.querySelector<EhNumberQuestion>('eh-number-question')!;
    const input = el.shadowRoot!.querySelector('input')!;
    await userEvent.fill(input, 'two');
    await userEvent.click(wrapper.querySelector('button')!);
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(el.matches(':state(user-invalid)')).to.equal(false);
    el.error = el.validationMessage;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('How many: enter a number');
    expect(input.value).to.equal('two');
  });

  it('shows its own error after the field loses focus when the host does not take over', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <eh-number-question name="count" label="How many"></eh-number-question><button>Next</button>
    </div>`);
    const el = wrapper.querySelector<EhNumberQuestion>('eh-number-question')!;
    await userEvent.fill(el.shadowRoot!.querySelector('input')!, 'two');
    await userEvent.click(wrapper.querySelector('button')!);
    await el.updateComplete;
    assert.exists(el.shadowRoot!.querySelector('[part="error"]'));
  });
});
