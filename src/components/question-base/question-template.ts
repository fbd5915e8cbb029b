import { nothing } from 'lit';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { localize } from '../../engine/evaluate.js';
import type { AnswerValue, Locale, Pack, Question } from '../../engine/schema.js';

/** The control each question type is asked with. */
const CONTROLS = {
  'single-choice': literal`eh-choice-question`,
  'multiple-choice': literal`eh-multi-choice-question`,
  'yes-no-unsure': literal`eh-yes-no-question`,
  text: literal`eh-text-question`,
  number: literal`eh-number-question`,
} as const;

export interface QuestionTemplateOptions {
  readonly locale: Locale;
  /** Appended to the label of a question that is not required, e.g. "(optional)". */
  readonly optional: string;
  readonly value: AnswerValue | undefined;
  /** The error the host shows for this question ('' for none). */
  readonly error?: string;
}

/**
 * A pack question as its `eh-*` control, in the pack's words, with errors left to the host
 * (`host-errors`): the journey and the Rule Lab ask questions the same way.
 */
function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function questionTemplate(pack: Pack, question: Question, options: QuestionTemplateOptions) {
  const { locale } = options;
  const label = `${localize(question.text, locale, pack)}${question.required ? '' : ` ${options.optional}`}`;
  // An option with a short label is chosen by its few words, its full descriptor (and any
  // hint) beneath in smaller type: a long graded scale then takes less of a phone's screen,
  // and the descriptor is still read out with the option (aria-describedby).
  const choices = (question.options ?? []).map((option) => {
    const full = localize(option.label, locale, pack);
    const hint = option.hint ? localize(option.hint, locale, pack) : undefined;
    const short = option.short ? localize(option.short, locale, pack) : undefined;
    return {
      value: option.value,
      label: short ? capitalised(short) : full,
      ...(short ? { hint: hint ? `${full} ${hint}` : full } : hint ? { hint } : {}),
      ...(option.exclusive ? { exclusive: true } : {}),
    };
  });
  const value = options.value;
  // Each control takes its own kind of value; a stored answer of another kind is not shown.
  const shown =
    question.type === 'multiple-choice'
      ? Array.isArray(value)
        ? [...value]
        : []
      : question.type === 'number'
        ? typeof value === 'number'
          ? value
          : undefined
        : typeof value === 'string'
          ? value
          : '';
  return staticHtml`<${CONTROLS[question.type]}
    name=${question.id}
    label=${label}
    hint=${question.hint ? localize(question.hint, locale, pack) : ''}
    lang=${locale}
    host-errors
    ?required=${question.required ?? false}
    maxlength=${question.maxLength ?? nothing}
    min=${question.min ?? nothing}
    max=${question.max ?? nothing}
    .options=${choices}
    .value=${shown}
    .error=${options.error ?? ''}
  ></${CONTROLS[question.type]}>`;
}
