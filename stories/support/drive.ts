/**
 * The driver (test/support/drive.ts) with Storybook's hands: `storybook/test`'s user-event,
 * which works wherever a story plays (the Storybook UI, and vitest through the addon), so the
 * Interactions panel shows each step.
 */
import { userEvent } from 'storybook/test';
import { drive, type Hands } from '../../test/support/drive.js';

export * from '../../test/support/drive.js';

export const hands: Hands = {
  click: (element) => userEvent.click(element),
  fill: async (field, text) => {
    // Typing over a selection of everything replaces what was there (user-event's `clear`
    // cannot see focus inside nested shadow roots); brackets are doubled to be typed as such.
    const keys =
      text === '' ? (field.value === '' ? '' : '{Backspace}') : text.replace(/[{[]/g, (bracket) => bracket + bracket);
    if (keys !== '')
      await userEvent.type(field, keys, { initialSelectionStart: 0, initialSelectionEnd: field.value.length });
  },
  keyboard: async (keys) => {
    await userEvent.keyboard(keys);
  },
};

export const { press, choose, type, answerPage, answerJourney, submit, tabTo } = drive(hands);
