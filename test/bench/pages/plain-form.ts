/**
 * The peer in the interaction benchmark: a plain lit form of the same size as the default
 * pack's questionnaire (the same sections, questions and options, one section per page, a
 * Continue button; follow-up questions left out, as the journey hides them until asked), with
 * no rules, no validation and no result: what any lit form costs.
 */
import { html, LitElement } from 'lit';

interface Option {
  readonly value: string;
  readonly label: Readonly<Record<string, string>>;
}
interface Question {
  readonly id: string;
  readonly type: string;
  readonly text: Readonly<Record<string, string>>;
  readonly options?: readonly Option[];
  readonly showIf?: unknown;
}
interface Section {
  readonly id: string;
  readonly title: Readonly<Record<string, string>>;
  readonly questions: readonly Question[];
}

const YES_NO: readonly Option[] = [
  { value: 'yes', label: { en: 'Yes' } },
  { value: 'no', label: { en: 'No' } },
  { value: 'not-sure', label: { en: 'Not sure' } },
];

class PlainForm extends LitElement {
  static override properties = { sections: { state: true }, page: { state: true }, answers: { state: true } };
  sections: readonly Section[] = [];
  page = -1;
  answers: Record<string, unknown> = {};

  override connectedCallback(): void {
    super.connectedCallback();
    void fetch(this.getAttribute('src')!)
      .then((response) => response.json())
      .then((pack: { questionnaire: { sections: Section[] } }) => {
        this.sections = pack.questionnaire.sections;
      });
  }

  private set(id: string, value: unknown): void {
    this.answers = { ...this.answers, [id]: value };
  }

  private question(question: Question) {
    const options = question.type === 'yes-no-unsure' ? YES_NO : (question.options ?? []);
    if (question.type === 'text' || question.type === 'number')
      return html`<label for=${question.id}>${question.text.en}</label>
        <input id=${question.id} @input=${(event: Event) => this.set(question.id, (event.target as HTMLInputElement).value)} />`;
    const multiple = question.type === 'multiple-choice';
    return html`<fieldset>
      <legend>${question.text.en}</legend>
      ${options.map(
        (option) => html`<div>
          <input
            type=${multiple ? 'checkbox' : 'radio'}
            id=${`${question.id}-${option.value}`}
            name=${question.id}
            .value=${option.value}
            @change=${(event: Event) => {
              const input = event.target as HTMLInputElement;
              const before = (this.answers[question.id] as string[] | undefined) ?? [];
              this.set(
                question.id,
                multiple
                  ? input.checked
                    ? [...before, option.value]
                    : before.filter((value) => value !== option.value)
                  : option.value,
              );
            }}
          />
          <label for=${`${question.id}-${option.value}`}>${option.label.en}</label>
        </div>`,
      )}
    </fieldset>`;
  }

  protected override render() {
    if (this.sections.length === 0) return html`<p>Loading</p>`;
    if (this.page < 0)
      return html`<h2 id="heading">Start</h2>
        <button @click=${() => (this.page = 0)}>Start now</button>`;
    const section = this.sections[this.page];
    if (!section) return html`<h2 id="heading">Done</h2>`;
    return html`<h2 id="heading">${section.title.en}</h2>
      ${section.questions.filter((question) => question.showIf === undefined).map((question) => this.question(question))}
      <button @click=${() => (this.page += 1)}>Continue</button>`;
  }
}

customElements.define('plain-form', PlainForm);
