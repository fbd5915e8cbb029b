import { expect, fixture, html, oneEvent, waitUntil, assert } from '@open-wc/testing';
import { describe, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/components/recommendation/define.js';
import type { EhRecommendation } from '../../src/components/recommendation/recommendation.js';
import { evaluate, type Recommendation } from '../../src/engine/evaluate.js';
import { makeOverride, type Override } from '../../src/engine/override.js';
import { parsePack } from '../../src/engine/pack.js';
import { recommendationSummary, recommendationText } from '../../src/engine/report.js';
import type { Answers, Locale, Pack } from '../../src/engine/schema.js';
import type { EhOverrideEvent } from '../../src/events/override.js';
import { recommendationViewCy, recommendationViewEn } from '../../src/i18n/recommendation-view.js';
import raw from '../fixtures/small-pack.json';
import continuumRaw from '../../rules/continuum/1.0.0.json';
import level3Case from '../../rules/continuum/cases/level-3-in-two-domains.json';
import level4Case from '../../rules/continuum/cases/agencies-involved-level-4.json';
import { buttonNamed, part, root } from '../support/drive.js';
import { CALM } from '../support/small-pack-answers.js';

const pack = parsePack(raw);
const now = new Date('2026-05-01');

/** Level 3 with an advice rule (consent refused) and a strength. */
const complex: Answers = {
  danger: 'no',
  health: 'l3',
  education: 'none',
  'basic-care': 'l2',
  factors: ['none'],
  strengths: ['protective-adult'],
  consent: 'refuses',
};
/** Level 4: the front door, with an out-of-hours phone number. */
const specialist: Answers = { ...complex, health: 'l4', consent: 'agrees', strengths: [] };
/** Nothing beyond everyday services: the default rule, a web contact, no strengths. */
const universal: Answers = CALM;
const urgent: Answers = { danger: 'yes' };
const incomplete: Answers = { danger: 'no', health: 'l2' };

function recommend(answers: Answers, locale: Locale = 'en', from: Pack = pack): Recommendation {
  return evaluate(from, answers, { now, locale });
}

/** A copy of the fixture pack changed by `edit` (the fixture itself stays untouched). */
function variant(edit: (copy: any) => void): Pack {
  const copy = structuredClone(raw) as any;
  edit(copy);
  return parsePack(copy);
}

async function show(
  recommendation: Recommendation,
  options: {
    lang?: Locale;
    override?: Override;
    from?: Pack | null;
    headingLevel?: number;
    view?: 'standard' | 'signs-of-safety';
    answers?: Answers;
  } = {},
): Promise<EhRecommendation> {
  const from = options.from === null ? undefined : (options.from ?? pack);
  return fixture<EhRecommendation>(html`<eh-recommendation
    lang=${options.lang ?? 'en'}
    heading-level=${options.headingLevel ?? 2}
    view=${options.view ?? 'standard'}
    .recommendation=${recommendation}
    .pack=${from}
    .override=${options.override}
    .answers=${options.answers}
  ></eh-recommendation>`);
}

const text = (node: ParentNode | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A description list as [term, description] pairs. */
const pairs = (list: Element | null | undefined) =>
  [...(list?.querySelectorAll('dt') ?? [])].map((term) => [text(term), text(term.nextElementSibling)]);

async function openForm(el: EhRecommendation, t = recommendationViewEn) {
  buttonNamed(el, t.disagree)!.click();
  await el.updateComplete;
}

async function choose(el: EhRecommendation, levelId: string) {
  const radio = root(el).querySelector<HTMLInputElement>(`#override-level-${levelId}`)!;
  radio.click();
  await el.updateComplete;
}

async function typeReason(el: EhRecommendation, reason: string) {
  const textarea = root(el).querySelector<HTMLTextAreaElement>('#override-reason')!;
  textarea.value = reason;
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function save(el: EhRecommendation, t = recommendationViewEn) {
  buttonNamed(el, t.save)!.click();
  await el.updateComplete;
}

/** The next `eh-override` or `eh-complete` event, typed. */
const next = <K extends 'eh-override' | 'eh-complete'>(target: EventTarget, name: K) =>
  oneEvent(target, name) as unknown as Promise<HTMLElementEventMap[K]>;

/** Records the events the element fires. */
function record(el: EhRecommendation) {
  const events: Event[] = [];
  el.addEventListener('eh-override', (event) => events.push(event));
  el.addEventListener('eh-complete', (event) => events.push(event));
  return events;
}

const strings = { en: recommendationViewEn, cy: recommendationViewCy } as const;

/** Puts `clipboard` in place of `navigator.clipboard` (undefined: as on a plain-http page) while `run` runs. */
async function withClipboard(clipboard: Pick<Clipboard, 'writeText'> | undefined, run: () => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  try {
    await run();
  } finally {
    delete (navigator as { clipboard?: unknown }).clipboard;
  }
}

/** A clipboard that keeps what is written to it. */
function fakeClipboard() {
  const writes: string[] = [];
  return { writes, clipboard: { writeText: async (text: string) => void writes.push(text) } };
}

/** Presses Copy summary and waits for the live region to speak. */
async function copy(el: EhRecommendation, t = recommendationViewEn) {
  await userEvent.click(buttonNamed(el, t.copy.button)!);
  await waitUntil(() => text(part(el, 'copy-status')) !== '', 'the copy status never spoke');
  await el.updateComplete;
}

const headings = (node: ParentNode | null | undefined) =>
  [...(node?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? [])].map(text);

/** A saved override to Specialist, for the complex recommendation. */
const toSpecialist = (recommendation: Recommendation) =>
  makeOverride(pack, recommendation, 'level-4', 'The child disclosed more at school.\nThe head teacher agrees.');

describe('eh-recommendation', () => {
  describe("the level's place on the scale", () => {
    it('says "Level 3 of 4" in words and fills three of four steps, in English and Welsh', async () => {
      const el = await show(recommend(complex));
      const scale = part(el, 'scale')!;
      expect(text(scale)).to.equal('Level 3 of 4');
      const steps = [...scale.querySelectorAll('.scale-step')];
      expect(steps).to.have.length(4);
      expect(steps.filter((step) => step.classList.contains('filled'))).to.have.length(3);
      // Filled and outlined steps differ in shape, not only in colour.
      expect(getComputedStyle(steps[0]!).backgroundColor).not.to.equal(getComputedStyle(steps[3]!).backgroundColor);
      expect(scale.querySelector('.scale-steps')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
      const welsh = await show(recommend(complex, 'cy'), { lang: 'cy' });
      expect(text(part(welsh, 'scale'))).to.equal('Lefel 3 o 4');
      await expect(welsh).to.be.accessible();
    });

    it('is not shown for the urgent outcome, nor without the pack', async () => {
      expect(part(await show(recommend({ danger: 'yes' })), 'scale')).to.equal(null);
      expect(part(await show(recommend(complex), { from: null }), 'scale')).to.equal(null);
    });
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'cy'] as const) {
      const t = strings[lang];

      it(`has no violations for a normal result (${lang})`, async () => {
        const el = await show(recommend(complex, lang), { lang });
        await expect(el).to.be.accessible();
      });

      it(`has no violations for an urgent result (${lang})`, async () => {
        const el = await show(recommend(urgent, lang), { lang });
        await expect(el).to.be.accessible();
      });

      it(`has no violations for an incomplete result (${lang})`, async () => {
        const el = await show(recommend(incomplete, lang), { lang });
        await expect(el).to.be.accessible();
      });

      it(`has no violations with the override form open (${lang})`, async () => {
        const el = await show(recommend(complex, lang), { lang });
        await openForm(el, t);
        assert.exists(part(el, 'override-form'));
        await expect(el).to.be.accessible();
      });

      it(`has no violations with the override form showing errors (${lang})`, async () => {
        const el = await show(recommend(complex, lang), { lang });
        await openForm(el, t);
        await save(el, t);
        assert.exists(part(el, 'error-summary'));
        await expect(el).to.be.accessible();
      });

      it(`has no violations with a saved override (${lang})`, async () => {
        const el = await show(recommend(complex, lang), { lang });
        await openForm(el, t);
        await choose(el, 'level-4');
        await typeReason(el, 'The child told me about things at home that the questions did not cover.');
        await save(el, t);
        assert.exists(part(el, 'decision'));
        await expect(el).to.be.accessible();
      });

      it(`has no violations in the Signs of Safety view, with an override and concerns also noted (${lang})`, async () => {
        const recommendation = recommend({ ...complex, education: 'l2' }, lang);
        const el = await show(recommendation, {
          lang,
          view: 'signs-of-safety',
          override: toSpecialist(recommendation),
        });
        assert.exists(part(el, 'signs-of-safety'));
        expect(text(part(el, 'worries'))).to.contain(t.alsoNotedTitle);
        await expect(el).to.be.accessible();
      });

      it(`has no violations in the Signs of Safety view of an urgent or incomplete result (${lang})`, async () => {
        const el = await show(recommend(urgent, lang), { lang, view: 'signs-of-safety' });
        await expect(el).to.be.accessible();
        const provisional = await show(recommend(incomplete, lang), { lang, view: 'signs-of-safety' });
        await expect(provisional).to.be.accessible();
      });

      it(`has no violations when copying failed and the summary waits to be selected (${lang})`, async () => {
        const el = await show(recommend(complex, lang), { lang });
        const execCommand = document.execCommand;
        document.execCommand = () => false;
        try {
          await withClipboard(undefined, () => copy(el, t));
        } finally {
          document.execCommand = execCommand;
        }
        assert.exists(part(el, 'copy-box'));
        await expect(el).to.be.accessible();
      });

      it(`has no violations with the answers listed and opened (${lang})`, async () => {
        const el = await show(recommend(complex, lang), { lang, answers: complex });
        (part(el, 'answers') as HTMLDetailsElement).open = true;
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('properties', () => {
    it('renders nothing until it has a recommendation', async () => {
      const el = await fixture<EhRecommendation>(html`<eh-recommendation></eh-recommendation>`);
      expect(root(el).children.length).to.equal(0);
      expect(text(root(el))).to.equal('');
    });

    it('shows the level as the top heading with what it means', async () => {
      const el = await show(recommend(complex));
      const heading = part(el, 'level')!.querySelector('h2')!;
      expect(text(heading)).to.equal('Suggested level Complex needs');
      expect(text(part(el, 'level'))).to.contain('Several agencies need a plan together.');
      expect(root(el).querySelector('h1')).to.equal(null);
    });

    it('uses heading-level for its top heading and the levels below it for sections', async () => {
      const el = await show(recommend(complex), { headingLevel: 3 });
      expect(text(part(el, 'level')!.querySelector('h3'))).to.contain('Complex needs');
      expect(root(el).querySelector('h2')).to.equal(null);
      expect(text(part(el, 'services')!.querySelector('h4'))).to.equal('Who to contact');
      expect(text(part(el, 'services')!.querySelector('h5'))).to.equal('Team Around the Family');
      el.headingLevel = 6;
      await el.updateComplete;
      expect(text(part(el, 'services')!.querySelector('h6'))).to.equal('Who to contact');
    });

    it('shows each service with phone as a tel: link, opening hours and what to do next', async () => {
      const rich = variant((copy) => {
        const service = copy.services.find((candidate: any) => candidate.id === 'team-around-family');
        service.contact.email = 'taf@example.org';
        service.nextSteps = {
          en: 'Talk to the family, then call the team.',
          cy: "Siaradwch â'r teulu, yna ffoniwch y tîm.",
        };
      });
      const el = await show(recommend(complex, 'en', rich), { from: rich });
      const services = part(el, 'services')!;
      expect(text(services)).to.contain('Team Around the Family');
      expect(text(services)).to.contain('Multi-agency early help.');
      const phone = services.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(phone.getAttribute('href')).to.equal('tel:01632960002');
      expect(text(phone)).to.equal('01632 960002');
      expect(services.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:taf@example.org');
      expect(pairs(services.querySelector('dl'))).to.deep.equal([
        ['Phone', '01632 960002'],
        ['Email', 'taf@example.org'],
        ['Opening hours', 'Mon–Fri 9–5'],
      ]);
      // The first service's next step is the page's one next step, above the contacts, and not said twice.
      const next = part(el, 'next-step')!;
      expect(text(next)).to.equal('What to do next Talk to the family, then call the team.');
      expect(next.compareDocumentPosition(services) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(text(services)).to.not.contain('Talk to the family');
    });

    it('shows what the host puts in the next-steps slot with the next step', async () => {
      const el = await show(recommend(universal));
      const next = part(el, 'next-step')!;
      const words = document.createElement('p');
      words.slot = 'next-steps';
      words.textContent = 'Also tell the designated safeguarding lead today.';
      el.append(words);
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(next.hidden).to.equal(false);
      expect(next.querySelector('slot')!.assignedElements()).to.deep.equal([words]);
      await expect(el).to.be.accessible();
    });

    it('shows a web contact as an ordinary link and an out-of-hours number as a tel: link', async () => {
      const el = await show(recommend(universal));
      const web = part(el, 'services')!.querySelector<HTMLAnchorElement>('a[href^="https:"]')!;
      expect(web.getAttribute('href')).to.equal('https://example.org/universal');
      expect(web.hasAttribute('target')).to.equal(false);

      const front = await show(recommend(specialist));
      const hrefs = [...part(front, 'services')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['tel:01632960003', 'tel:01632960004']);
      expect(pairs(part(front, 'services')!.querySelector('dl'))).to.deep.equal([
        ['Phone', '01632 960003'],
        ['Out of hours', '01632 960004'],
      ]);
    });

    it('never turns a web contact that is not http(s) into a link', async () => {
      const hostile = variant((copy) => {
        copy.services.find((candidate: any) => candidate.id === 'universal').contact.web = 'javascript:alert(1)';
      });
      const el = await show(recommend(universal, 'en', hostile), { from: hostile });
      expect(part(el, 'services')!.querySelector('a')).to.equal(null);
      expect(pairs(part(el, 'services')!.querySelector('dl'))).to.deep.equal([['Website', 'javascript:alert(1)']]);
    });

    it('gives each reason as a sentence with the answers behind it', async () => {
      const el = await show(recommend(complex));
      const rationale = part(el, 'rationale')!;
      const rules = [...rationale.querySelectorAll(':scope > ul > li')].map((rule) => [
        text(rule.querySelector('p')),
        [...rule.querySelectorAll('.evidence li')].map(text),
      ]);
      expect(rules).to.deep.equal([['A need is described at Level 3.', ['Health — Health needs often unmet']]]);
      const alsoNoted = part(el, 'also-noted')!;
      // Folded away so the deciding reasons come first; one click opens it.
      expect(alsoNoted.localName).to.equal('details');
      expect((alsoNoted as HTMLDetailsElement).open).to.equal(false);
      expect(text(alsoNoted.querySelector('summary'))).to.equal('Also noted (1)');
      expect(text(alsoNoted)).to.contain('A need is described at Level 2.');
      expect(text(alsoNoted)).to.contain('Health — Health needs often unmet');
      const universalEl = await show(recommend(universal));
      expect(part(universalEl, 'also-noted')).to.equal(null);

      const front = await show(recommend(specialist));
      expect(text(part(front, 'rationale'))).to.contain('Source: Test continuum of need, paragraph 4.1');
    });

    it('lists the strengths noted, or says none were recorded', async () => {
      const el = await show(recommend(complex));
      expect(text(part(el, 'strengths'))).to.contain('There is a protective adult.');
      expect(text(part(el, 'strengths'))).to.contain('What is working well? — A protective adult');
      expect(text(part(el, 'strengths'))).to.not.contain(recommendationViewEn.noStrengths);

      const none = await show(recommend(universal));
      expect(text(part(none, 'strengths'))).to.contain(recommendationViewEn.noStrengths);
    });

    it('shows advice such as what consent allows, and no advice section when there is none', async () => {
      const el = await show(recommend(complex));
      expect(text(part(el, 'advice'))).to.contain('Early help needs consent; talk to the family again.');
      const none = await show(recommend(universal));
      expect(part(none, 'advice')).to.equal(null);
    });

    it('always shows the advisory statement and the pack stamp', async () => {
      const recommendation = recommend(complex);
      const el = await show(recommendation);
      expect(text(part(el, 'advisory'))).to.equal(recommendation.advisory);
      const stamp = root(el).querySelector('eh-pack-stamp')!;
      expect(stamp.stamp).to.equal(recommendation.stamp);
      await stamp.updateComplete;
      expect(stamp.shadowRoot!.textContent).to.contain(recommendation.stamp.contentHash);
    });

    it('puts the urgent action first, then the phone numbers to call as tel: links', async () => {
      const recommendation = recommend(urgent);
      const el = await show(recommendation);
      const level = part(el, 'level')!;
      expect(text(level.querySelector('h2'))).to.equal('Act now Immediate danger');
      expect(text(part(el, 'action'))).to.equal('Call 999 now, then the front door.');
      const first = [...root(el).querySelectorAll('a')].slice(0, 3).map((a) => [a.getAttribute('href'), text(a)]);
      expect(first).to.deep.equal([
        ['tel:01632960003', 'Front Door: 01632 960003'],
        ['tel:999', 'Police: 999'],
        ['tel:01632960004', 'Front Door, out of hours: 01632 960004'],
      ]);
      expect(el.matches(':state(urgent)')).to.equal(true);
    });

    it('marks an incomplete result provisional and lists the questions still to answer', async () => {
      const recommendation = recommend(incomplete);
      const el = await show(recommendation);
      expect(text(part(el, 'level')!.querySelector('h2'))).to.contain('Suggested level (provisional)');
      const missing = [...part(el, 'missing')!.querySelectorAll('li')].map(text);
      expect(missing).to.deep.equal(recommendation.missing.map((entry) => entry.question));
      expect(missing).to.include('Basic care');
      for (const notice of recommendation.notices) expect(text(part(el, 'notices'))).to.contain(notice);
      expect(text(part(el, 'notices'))).to.contain('provisional');
      expect(el.matches(':state(provisional)')).to.equal(true);
      const full = await show(recommend(complex));
      expect(full.matches(':state(provisional)')).to.equal(false);
      expect(part(full, 'missing')).to.equal(null);
    });

    it('speaks Welsh around a Welsh recommendation', async () => {
      const el = await show(recommend(complex, 'cy'), { lang: 'cy' });
      expect(text(part(el, 'level')!.querySelector('h2'))).to.equal('Lefel a awgrymir Anghenion cymhleth');
      expect(text(part(el, 'rationale'))).to.contain('Pam yr awgrymwyd y lefel hon');
      expect(text(part(el, 'rationale'))).to.contain('Iechyd — Anghenion iechyd yn aml heb eu diwallu');
      assert.exists(buttonNamed(el, recommendationViewCy.disagree));
    });

    it('resumes a decision set through .override without firing an event', async () => {
      const recommendation = recommend(complex);
      const override = makeOverride(pack, recommendation, 'level-2', 'The school can meet this need alone.');
      const el = await fixture<EhRecommendation>(html`<eh-recommendation></eh-recommendation>`);
      const events = record(el);
      el.recommendation = recommendation;
      el.pack = pack;
      el.override = override;
      await el.updateComplete;
      const decision = text(part(el, 'decision'));
      expect(decision).to.contain('Suggested level Complex needs');
      expect(decision).to.contain('Your decision Additional needs');
      expect(decision).to.contain('Your reason The school can meet this need alone.');
      expect(el.matches(':state(overridden)')).to.equal(true);
      expect(events).to.have.length(0);
    });

    it('says so when the suggestion has changed since the decision was recorded', async () => {
      const override = makeOverride(pack, recommend(complex), 'level-2', 'Reason.');
      const el = await show(recommend(specialist), { override });
      expect(text(part(el, 'decision'))).to.contain(recommendationViewEn.decisionStale);
      expect(text(part(el, 'decision'))).to.contain('Suggested level Complex needs');
    });

    it("offers the pack's other levels, not the suggested one nor the urgent outcome", async () => {
      const el = await show(recommend(complex));
      await openForm(el);
      const labels = [...part(el, 'override-form')!.querySelectorAll('.radio label')].map(text);
      expect(labels).to.deep.equal(['Universal', 'Additional needs', 'Specialist']);
    });

    it('does not offer to disagree without the pack, but still shows a resumed decision', async () => {
      const recommendation = recommend(complex);
      const el = await show(recommendation, { from: null });
      expect(buttonNamed(el, recommendationViewEn.disagree)).to.equal(undefined);
      el.override = makeOverride(pack, recommendation, 'level-2', 'Reason.');
      await el.updateComplete;
      expect(text(part(el, 'decision'))).to.contain('Complex needs');
      expect(buttonNamed(el, recommendationViewEn.change)).to.equal(undefined);
      assert.exists(buttonNamed(el, recommendationViewEn.withdraw));
    });

    it('keeps markup-looking text from the pack, the answers and the reason as literal text', async () => {
      const script = '<script>window.__ehInjected = true</script>';
      const image = '<img src=x onerror="window.__ehInjected = true">';
      const hostile = variant((copy) => {
        copy.rules.find((rule: any) => rule.id === 'graded-3').rationale.en = `${script} needs at Level 3`;
        copy.questionnaire.sections[1].questions[0].options.find((option: any) => option.value === 'l3').label.en =
          image;
        copy.levels[1].name.en = '<b>Additional</b>';
      });
      const recommendation = recommend(complex, 'en', hostile);
      const el = await show(recommendation, { from: hostile });
      await openForm(el);
      await choose(el, 'level-2');
      await typeReason(el, '<a href="javascript:alert(1)">reason</a>');
      await save(el);
      expect(text(part(el, 'rationale'))).to.contain(`${script} needs at Level 3`);
      expect(text(part(el, 'rationale'))).to.contain(`Health — ${image}`);
      expect(text(part(el, 'decision'))).to.contain('Your decision <b>Additional</b>');
      expect(text(part(el, 'decision'))).to.contain('<a href="javascript:alert(1)">reason</a>');
      expect(root(el).querySelector('script, img, b, a[href^="javascript"]')).to.equal(null);
      expect((window as any).__ehInjected).to.equal(undefined);
    });
  });

  describe('properties: Signs of Safety, answers, copy', () => {
    it('offers the standard and the Signs of Safety arrangement, standard first', async () => {
      const el = await show(recommend(complex));
      const viewSwitch = part(el, 'view-switch')!;
      expect(viewSwitch.localName).to.equal('fieldset');
      expect(text(viewSwitch.querySelector('legend'))).to.equal('Show the result as');
      const radios = [...viewSwitch.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.map((radio) => [text(radio.labels![0]), radio.checked])).to.deep.equal([
        ['Standard summary', true],
        ['Signs of Safety', false],
      ]);
      expect(el.view).to.equal('standard');
      expect(part(el, 'signs-of-safety')).to.equal(null);
      assert.exists(part(el, 'services'));
    });

    it('arranges the same result as what we are worried about, what is working well and what needs to happen', async () => {
      const recommendation = recommend({ ...complex, education: 'l2' });
      const el = await show(recommendation, { view: 'signs-of-safety', override: toSpecialist(recommendation) });
      const sos = part(el, 'signs-of-safety')!;
      expect(headings(sos)).to.deep.equal([
        'What are we worried about?',
        'What is working well?',
        'What needs to happen?',
      ]);
      assert.exists(sos.querySelector('h3'));
      // The level panel stays on top; the standard sections give way to the three questions.
      expect(text(part(el, 'level')!.querySelector('h2'))).to.equal('Level you decided on Specialist');
      expect(text(part(el, 'suggested'))).to.equal('Suggested by the rules: Complex needs');
      for (const name of ['services', 'rationale', 'strengths', 'advice']) expect(part(el, name), name).to.equal(null);
      expect(root(el).querySelector<HTMLInputElement>('#view-signs-of-safety')!.checked).to.equal(true);

      const worries = text(part(el, 'worries'));
      expect(worries).to.contain(
        'A need is described at Level 3. Based on these answers: Health — Health needs often unmet',
      );
      expect(worries).to.contain('Also noted');
      expect(worries).to.contain('A need is described at Level 2.');
      expect(text(part(el, 'working-well'))).to.contain(
        'There is a protective adult. Based on these answers: What is working well? — A protective adult',
      );

      const needs = part(el, 'needs-to-happen')!;
      const items = [...needs.querySelectorAll(':scope > ul > li')].map((item) => text(item.querySelector('p')));
      // What needs to happen follows the decision: the front door, without the early-help advice.
      expect(items).to.deep.equal([
        'The practitioner chose Specialist instead of the suggested level (Complex needs).',
        'Who to contact: Front Door',
      ]);
      expect(text(needs)).to.contain('Your reason The child disclosed more at school.');
      assert.exists(needs.querySelector('a[href="tel:01632960003"]'));
      expect(pairs(needs.querySelector('dl'))[0]).to.deep.equal(['Phone', '01632 960003']);
      // The decision and what can be done with it stay where they always are.
      assert.exists(part(el, 'decision'));
      assert.exists(part(el, 'advisory'));
    });

    it('lists the questions still to answer and says when no strengths were recorded', async () => {
      const el = await show(recommend(incomplete), { view: 'signs-of-safety' });
      expect(text(part(el, 'needs-to-happen'))).to.contain('Answer the required question: Basic care');
      expect(text(part(el, 'working-well'))).to.contain(recommendationViewEn.noStrengths);
      const urgentEl = await show(recommend(urgent), { view: 'signs-of-safety' });
      const first = part(urgentEl, 'needs-to-happen')!.querySelector('li');
      expect(text(first)).to.equal('Call 999 now, then the front door.');
    });

    it('asks the three questions in Welsh', async () => {
      const el = await show(recommend(complex, 'cy'), { lang: 'cy', view: 'signs-of-safety' });
      expect(headings(part(el, 'signs-of-safety'))).to.deep.equal([
        "Am beth ydyn ni'n poeni?",
        "Beth sy'n gweithio'n dda?",
        'Beth sydd angen digwydd?',
      ]);
      expect(text(part(el, 'needs-to-happen'))).to.contain('Pwy i gysylltu â nhw: Tîm o Amgylch y Teulu');
      expect(text(part(el, 'view-switch'))).to.contain('Dangos y canlyniad fel');
    });

    it('shows the standard arrangement for an unknown view, and switches back when view changes', async () => {
      const el = await show(recommend(complex), { view: 'signs-of-safety' });
      el.setAttribute('view', 'columns');
      await el.updateComplete;
      expect(part(el, 'signs-of-safety')).to.equal(null);
      assert.exists(part(el, 'services'));
      expect(root(el).querySelector<HTMLInputElement>('#view-standard')!.checked).to.equal(true);
      el.view = 'signs-of-safety';
      await el.updateComplete;
      assert.exists(part(el, 'signs-of-safety'));
    });

    it('keeps an open override form and what was typed when the view changes', async () => {
      const el = await show(recommend(complex));
      await openForm(el);
      await typeReason(el, 'Half typed');
      el.view = 'signs-of-safety';
      await el.updateComplete;
      expect(root(el).querySelector<HTMLTextAreaElement>('#override-reason')!.value).to.equal('Half typed');
    });

    it('lists the answers given by section, folded away, only when it has the pack and the answers', async () => {
      const el = await show(recommend(complex), { answers: { ...complex, note: 'Seen at the gate' } });
      const answers = part(el, 'answers') as HTMLDetailsElement;
      expect(answers.localName).to.equal('details');
      expect(answers.open).to.equal(false);
      expect(text(answers.querySelector('summary'))).to.equal('Answers given');
      const groups = [...answers.querySelectorAll('dl')].map((list) => [
        text(list.previousElementSibling),
        pairs(list),
      ]);
      expect(groups[0]).to.deep.equal(['Safety', [['Is the child in immediate danger?', 'No']]]);
      expect(groups.map(([title]) => title)).to.deep.equal([
        'Safety',
        'The child',
        'Parenting',
        'Factors',
        'Strengths',
      ]);
      expect(groups[3]![1]).to.deep.include(['Anything else?', 'Seen at the gate']);
      expect(part(await show(recommend(complex)), 'answers')).to.equal(null);
      expect(part(await show(recommend(complex), { answers: complex, from: null }), 'answers')).to.equal(null);
    });
  });

  describe('copy summary', () => {
    it('copies the plain-text summary with the Clipboard API and says so in a polite live region', async () => {
      const recommendation = recommend({ ...complex, education: 'l2' });
      const override = toSpecialist(recommendation);
      const el = await show(recommendation, { override });
      const { writes, clipboard } = fakeClipboard();
      const status = part(el, 'copy-status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status)).to.equal('');
      await withClipboard(clipboard, () => copy(el));
      expect(writes).to.have.length(1);
      const copied = writes[0]!;
      expect(copied).to.equal(recommendationSummary(recommendation, { override, pack }));
      for (const expected of [
        'Level you decided on: Specialist',
        'Suggested by the rules: Complex needs',
        'Reason: The child disclosed more at school.\n  The head teacher agrees.',
        '- Front Door: Phone 01632 960003',
        '- A need is described at Level 3. (Health: Health needs often unmet)',
        'What is working well: A protective adult',
        recommendation.stamp.contentHash,
        recommendation.advisory,
      ]) {
        expect(copied).to.contain(expected);
      }
      // Short enough for an email; the lower rules and the full descriptors stay in the full record.
      expect(copied.length).to.be.below(1500);
      expect(copied).not.to.contain('Also noted');
      // Contacts and the early-help advice of the suggestion do not travel with a decision for the front door.
      expect(copied).not.to.contain('Team Around the Family');
      expect(copied).not.to.contain('Early help needs consent');
      expect(text(part(el, 'copy-status'))).to.equal('Summary copied');
      expect(part(el, 'copy-box')).to.equal(null);
    });

    it('announces a second copy again: the live region is emptied first', async () => {
      const el = await show(recommend(complex));
      let release = () => {};
      const clipboard = {
        writeText: () => new Promise<void>((resolve) => (release = resolve)),
      };
      await withClipboard(clipboard, async () => {
        buttonNamed(el, recommendationViewEn.copy.button)!.click();
        await el.updateComplete;
        release();
        await waitUntil(() => text(part(el, 'copy-status')) === 'Summary copied');
        buttonNamed(el, recommendationViewEn.copy.button)!.click();
        await el.updateComplete;
        expect(text(part(el, 'copy-status'))).to.equal('');
        release();
        await waitUntil(() => text(part(el, 'copy-status')) === 'Summary copied');
      });
    });

    it('falls back to selecting the summary in a hidden box and copying it where the Clipboard API is missing', async () => {
      const recommendation = recommend(complex);
      const el = await show(recommendation);
      const copied: string[] = [];
      const onCopy = (event: Event) => {
        const source = event.composedPath()[0];
        if (source instanceof HTMLTextAreaElement)
          copied.push(source.value.slice(source.selectionStart, source.selectionEnd));
      };
      document.addEventListener('copy', onCopy);
      try {
        await withClipboard(undefined, () => copy(el));
      } finally {
        document.removeEventListener('copy', onCopy);
      }
      // Chromium really copied: its copy event saw the whole summary selected.
      expect(copied).to.deep.equal([recommendationSummary(recommendation, { pack })]);
      expect(text(part(el, 'copy-status'))).to.equal('Summary copied');
      expect(root(el).querySelector('.copy-source')).to.equal(null);
      expect(root(el).activeElement).to.equal(buttonNamed(el, recommendationViewEn.copy.button));
    });

    it('falls back too when the Clipboard API refuses', async () => {
      const el = await show(recommend(complex));
      const calls: string[] = [];
      const execCommand = document.execCommand;
      document.execCommand = (command: string) => (calls.push(command), true);
      try {
        await withClipboard({ writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) }, () =>
          copy(el),
        );
      } finally {
        document.execCommand = execCommand;
      }
      expect(calls).to.deep.equal(['copy']);
      expect(text(part(el, 'copy-status'))).to.equal('Summary copied');
    });

    it('says when copying failed, and shows the summary selected with how to copy it by hand', async () => {
      const recommendation = recommend(complex);
      const el = await show(recommendation);
      const execCommand = document.execCommand;
      document.execCommand = () => false;
      try {
        await withClipboard(undefined, () => copy(el));
      } finally {
        document.execCommand = execCommand;
      }
      expect(text(part(el, 'copy-status'))).to.equal(recommendationViewEn.copy.failed);
      expect(recommendationViewEn.copy.failed).to.contain('Ctrl+C');
      const box = part(el, 'copy-box')!.querySelector('textarea')!;
      expect(box.readOnly).to.equal(true);
      expect(box.labels![0]!.textContent).to.equal('Summary to copy');
      expect(box.value).to.equal(recommendationSummary(recommendation, { pack }));
      expect(root(el).activeElement).to.equal(box);
      expect([box.selectionStart, box.selectionEnd]).to.deep.equal([0, box.value.length]);
      // A new recommendation clears the message and the box.
      el.recommendation = recommend(universal);
      await el.updateComplete;
      expect(text(part(el, 'copy-status'))).to.equal('');
      expect(part(el, 'copy-box')).to.equal(null);
    });

    it('copies and confirms in Welsh', async () => {
      const recommendation = recommend(complex, 'cy');
      const override = makeOverride(pack, recommendation, 'level-2', 'Gall yr ysgol helpu ar ei phen ei hun.');
      const el = await show(recommendation, { lang: 'cy', override });
      const { writes, clipboard } = fakeClipboard();
      await withClipboard(clipboard, () => copy(el, recommendationViewCy));
      expect(writes[0]).to.contain('Lefel a awgrymir gan y rheolau: Anghenion cymhleth');
      expect(writes[0]).to.contain('Y lefel y penderfynoch arni: Anghenion ychwanegol');
      expect(writes[0]).to.contain('Rheswm: Gall yr ysgol helpu ar ei phen ei hun.');
      expect(writes[0]).to.contain(recommendation.advisory);
      expect(text(part(el, 'copy-status'))).to.equal("Crynodeb wedi'i gopïo");
    });

    it('copies the full record, with every answer given, from Copy full record', async () => {
      const recommendation = recommend(complex);
      const answers = { ...complex, note: 'Seen at the gate' };
      const el = await show(recommendation, { answers });
      const { writes, clipboard } = fakeClipboard();
      await withClipboard(clipboard, async () => {
        await userEvent.click(buttonNamed(el, recommendationViewEn.copy.fullButton)!);
        await waitUntil(() => text(part(el, 'copy-status')) !== '', 'the copy status never spoke');
      });
      expect(writes[0]).to.equal(recommendationText(recommendation, { pack, answers }));
      expect(writes[0]).to.contain('Answers given:');
      expect(writes[0]).to.contain('    Anything else?: Seen at the gate');
      expect(writes[0]).to.contain('Also noted');
      expect(text(part(el, 'copy-status'))).to.equal(recommendationViewEn.copy.copiedFull);
      // The summary leaves the answers to the full record.
      const summary = fakeClipboard();
      await withClipboard(summary.clipboard, async () => {
        await userEvent.click(buttonNamed(el, recommendationViewEn.copy.button)!);
        await waitUntil(() => summary.writes.length === 1, 'the summary was never copied');
      });
      expect(summary.writes[0]).to.contain('Why:');
      expect(summary.writes[0]).not.to.contain('Answers given:');
    });
  });

  describe('downloads', () => {
    /** Clicks a download button and returns the file the page handed to the browser (name, type, JSON). */
    async function downloaded(el: EhRecommendation, label: string) {
      const clicks: HTMLAnchorElement[] = [];
      const original = HTMLAnchorElement.prototype.click;
      // The browser's own download would leave the test page; the link is kept instead.
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicks.push(this);
      };
      try {
        await userEvent.click(buttonNamed(el, label)!);
      } finally {
        HTMLAnchorElement.prototype.click = original;
      }
      expect(clicks).to.have.length(1);
      const blob = await (await fetch(clicks[0]!.href)).blob();
      await el.updateComplete;
      return { name: clicks[0]!.download, type: blob.type, json: JSON.parse(await blob.text()) };
    }

    it('offers the referral summary and the FHIR Bundle only when the answers and the pack are known', async () => {
      const without = await show(recommend(complex));
      expect(buttonNamed(without, recommendationViewEn.download.referral)).to.equal(undefined);
      const el = await show(recommend(complex), { answers: complex });
      assert.exists(buttonNamed(el, recommendationViewEn.download.referral));
      assert.exists(buttonNamed(el, recommendationViewEn.download.fhir));
      await expect(el).to.be.accessible();
    });

    it('saves the referral summary with the level, the override and its reason, and says which file it made', async () => {
      const recommendation = recommend(complex);
      const override = toSpecialist(recommendation);
      const el = await show(recommendation, { answers: complex, override });
      const file = await downloaded(el, recommendationViewEn.download.referral);
      expect(file.name).to.match(/^referral-fixture-1\.0\.0-\d{4}-\d{2}-\d{2}\.json$/);
      expect(file.type).to.equal('application/json');
      expect(file.json.recommendation.level.id).to.equal(recommendation.level.id);
      expect(file.json.override.levelId).to.equal('level-4');
      expect(file.json.override.reason).to.equal(override.reason);
      expect(file.json.stamp.contentHash).to.equal(recommendation.stamp.contentHash);
      const status = part(el, 'download-status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status)).to.equal(recommendationViewEn.download.saved(file.name));
    });

    it('saves a FHIR R4 Bundle holding the Questionnaire and the QuestionnaireResponse', async () => {
      const el = await show(recommend(complex, 'cy'), { answers: complex, lang: 'cy' });
      const file = await downloaded(el, recommendationViewCy.download.fhir);
      expect(file.name).to.match(/^fhir-bundle-fixture-1\.0\.0-/);
      expect(file.type).to.equal('application/fhir+json');
      expect(file.json.resourceType).to.equal('Bundle');
      expect(
        file.json.entry.map((entry: { resource: { resourceType: string } }) => entry.resource.resourceType),
      ).to.deep.equal(['Questionnaire', 'QuestionnaireResponse']);
      expect(text(part(el, 'download-status'))).to.equal(recommendationViewCy.download.saved(file.name));
    });

    it('says plainly when no file could be made, and keeps the result on screen', async () => {
      // A recommendation made by another pack cannot become this pack's referral.
      const other = variant((copy) => {
        copy.version = '9.9.9';
      });
      const el = await show(recommend(complex, 'en', other), { answers: complex });
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void errors.push(args);
      try {
        await userEvent.click(buttonNamed(el, recommendationViewEn.download.referral)!);
        await el.updateComplete;
      } finally {
        console.error = original;
      }
      expect(text(part(el, 'download-status'))).to.equal(recommendationViewEn.download.failed);
      expect(errors).to.have.length(1);
      assert.exists(part(el, 'level'));
    });
  });

  describe('events', () => {
    it('saves an override only with a level and a reason, keeping what was typed', async () => {
      const el = await show(recommend(complex));
      const events = record(el);
      await openForm(el);
      expect(part(el, 'error-summary')).to.equal(null);
      await typeReason(el, 'Kept text');
      await save(el);
      expect(events).to.have.length(0);
      const summary = part(el, 'error-summary')!;
      expect([...summary.querySelectorAll('li')].map(text)).to.deep.equal([recommendationViewEn.levelRequired]);
      expect(root(el).activeElement).to.equal(summary);
      expect(text(root(el).querySelector('#override-level-error'))).to.equal(
        `Error: ${recommendationViewEn.levelRequired}`,
      );
      expect(part(el, 'override-form')!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain(
        'override-level-error',
      );
      expect(root(el).querySelector<HTMLTextAreaElement>('#override-reason')!.value).to.equal('Kept text');

      await typeReason(el, '   ');
      await choose(el, 'level-1');
      await save(el);
      expect(events).to.have.length(0);
      expect([...part(el, 'error-summary')!.querySelectorAll('li')].map(text)).to.deep.equal([
        recommendationViewEn.reasonRequired,
      ]);
      const textarea = root(el).querySelector<HTMLTextAreaElement>('#override-reason')!;
      expect(textarea.getAttribute('aria-invalid')).to.equal('true');
      expect(textarea.getAttribute('aria-describedby')).to.equal('override-reason-hint override-reason-error');
      expect(root(el).querySelector<HTMLInputElement>('#override-level-level-1')!.checked).to.equal(true);
    });

    it('fires eh-override with the override and then shows both levels and the reason', async () => {
      const recommendation = recommend(complex);
      const el = await show(recommendation);
      await openForm(el);
      await choose(el, 'level-4');
      await typeReason(el, '  The child disclosed more at school.  ');
      const fired = next(el, 'eh-override');
      buttonNamed(el, recommendationViewEn.save)!.click();
      const event = await fired;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.override).to.include({
        suggestedLevelId: 'level-3',
        levelId: 'level-4',
        reason: 'The child disclosed more at school.',
      });
      expect(el.override).to.equal(event.override);
      await el.updateComplete;
      expect(part(el, 'override-form')).to.equal(null);
      const decision = text(part(el, 'decision'));
      expect(decision).to.contain('Suggested level Complex needs');
      expect(decision).to.contain('Your decision Specialist');
      expect(decision).to.contain('Your reason The child disclosed more at school.');
      expect(root(el).activeElement).to.equal(root(el).querySelector('#decision-heading'));
      // The decision leads; the suggestion itself is never rewritten and stays beside it.
      expect(text(part(el, 'level')!.querySelector('h2'))).to.contain('Specialist');
      expect(text(part(el, 'suggested'))).to.contain('Complex needs');
    });

    it('changes a decision with the form filled in, and withdraws it', async () => {
      const el = await show(recommend(complex), {
        override: makeOverride(pack, recommend(complex), 'level-2', 'First reason'),
      });
      const events = record(el);
      buttonNamed(el, recommendationViewEn.change)!.click();
      await el.updateComplete;
      expect(root(el).querySelector<HTMLInputElement>('#override-level-level-2')!.checked).to.equal(true);
      expect(root(el).querySelector<HTMLTextAreaElement>('#override-reason')!.value).to.equal('First reason');
      await choose(el, 'level-1');
      await save(el);
      expect(events).to.have.length(1);
      expect((events[0] as EhOverrideEvent).override!.levelId).to.equal('level-1');

      buttonNamed(el, recommendationViewEn.withdraw)!.click();
      await el.updateComplete;
      expect(el.override).to.equal(undefined);
      // The host hears the withdrawal too, so it can drop the decision it kept.
      expect(events).to.have.length(2);
      expect((events[1] as EhOverrideEvent).override).to.equal(undefined);
      expect(part(el, 'decision')).to.equal(null);
      expect(root(el).activeElement).to.equal(buttonNamed(el, recommendationViewEn.disagree));
      expect(el.matches(':state(overridden)')).to.equal(false);
    });

    it('cancelling the form records nothing', async () => {
      const el = await show(recommend(complex));
      const events = record(el);
      await openForm(el);
      await choose(el, 'level-1');
      await typeReason(el, 'Not sure yet');
      buttonNamed(el, recommendationViewEn.cancel)!.click();
      await el.updateComplete;
      expect(events).to.have.length(0);
      expect(el.override).to.equal(undefined);
      expect(part(el, 'override-form')).to.equal(null);
    });

    it('fires eh-complete with the recommendation and the override', async () => {
      const recommendation = recommend(complex);
      const el = await show(recommendation);
      let fired = next(el, 'eh-complete');
      buttonNamed(el, recommendationViewEn.confirm)!.click();
      let event = await fired;
      expect(event.recommendation).to.equal(recommendation);
      expect(event.override).to.equal(undefined);
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(text(part(el, 'confirm'))).to.contain(recommendationViewEn.confirmed);

      await openForm(el);
      await choose(el, 'level-2');
      await typeReason(el, 'One agency can do this.');
      await save(el);
      fired = next(el, 'eh-complete');
      buttonNamed(el, recommendationViewEn.confirm)!.click();
      event = await fired;
      expect(event.recommendation).to.equal(recommendation);
      expect(event.override).to.equal(el.override);
      expect(event.override!.levelId).to.equal('level-2');
    });

    it('fires nothing when its properties are set', async () => {
      const el = await fixture<EhRecommendation>(html`<eh-recommendation></eh-recommendation>`);
      const events = record(el);
      el.recommendation = recommend(complex);
      el.pack = pack;
      await el.updateComplete;
      el.override = makeOverride(pack, recommend(complex), 'level-1', 'Reason');
      await el.updateComplete;
      el.recommendation = recommend(urgent);
      el.override = undefined;
      await el.updateComplete;
      expect(events).to.have.length(0);
      assert.exists(part(el, 'action'));
    });

    it('switches the view when the practitioner picks it, and fires nothing', async () => {
      const el = await show(recommend(complex));
      const events = record(el);
      const escaped: Event[] = [];
      el.addEventListener('change', (event) => escaped.push(event));
      await userEvent.click(root(el).querySelector('label[for="view-signs-of-safety"]')!);
      await el.updateComplete;
      expect(el.view).to.equal('signs-of-safety');
      assert.exists(part(el, 'signs-of-safety'));
      expect(events).to.have.length(0);
      expect(escaped).to.have.length(0);
    });

    it("works inside another element's shadow root, and its events cross it", async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="cy"></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const el = document.createElement('eh-recommendation');
      el.recommendation = recommend(complex, 'cy');
      el.pack = pack;
      shadow.append(el);
      await el.updateComplete;
      assert.exists(buttonNamed(el, recommendationViewCy.confirm));
      const fired = next(host, 'eh-complete');
      buttonNamed(el, recommendationViewCy.confirm)!.click();
      expect((await fired).recommendation).to.equal(el.recommendation);
    });
  });

  describe('keyboard', () => {
    it('records a decision by keyboard alone: open, choose, give a reason, save', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">Before</button>
        <eh-recommendation lang="en" .recommendation=${recommend(complex)} .pack=${pack}></eh-recommendation>
      </div>`);
      const el = wrapper.querySelector('eh-recommendation')!;
      await el.updateComplete;
      const disagree = buttonNamed(el, recommendationViewEn.disagree)!;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      for (let presses = 0; presses < 20 && root(el).activeElement !== disagree; presses++)
        await userEvent.keyboard('{Tab}');
      expect(root(el).activeElement).to.equal(disagree);

      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(root(el).querySelector('#override-heading'));

      // Saving empty shows the error summary; its link takes focus to the radios.
      for (let presses = 0; presses < 20 && text(root(el).activeElement) !== recommendationViewEn.save; presses++)
        await userEvent.keyboard('{Tab}');
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(part(el, 'error-summary'));
      await userEvent.keyboard('{Tab}');
      await userEvent.keyboard('{Enter}');
      expect(root(el).activeElement).to.equal(root(el).querySelector('#override-level-level-1'));

      await userEvent.keyboard('{ArrowDown}');
      await el.updateComplete;
      expect(root(el).querySelector<HTMLInputElement>('#override-level-level-2')!.checked).to.equal(true);
      await userEvent.keyboard('{Tab}');
      expect(root(el).activeElement).to.equal(root(el).querySelector('#override-reason'));
      await userEvent.keyboard('Family asked the school for help.');
      await userEvent.keyboard('{Tab}');
      expect(text(root(el).activeElement)).to.equal(recommendationViewEn.save);
      const fired = next(el, 'eh-override');
      await userEvent.keyboard('{Enter}');
      const event = await fired;
      expect(event.override).to.include({ levelId: 'level-2', reason: 'Family asked the school for help.' });
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(root(el).querySelector('#decision-heading'));
    });

    it('switches the view with the arrow keys', async () => {
      const el = await show(recommend(complex));
      root(el).querySelector<HTMLInputElement>('#view-standard')!.focus();
      await userEvent.keyboard('{ArrowRight}');
      await el.updateComplete;
      expect(el.view).to.equal('signs-of-safety');
      expect(root(el).activeElement).to.equal(root(el).querySelector('#view-signs-of-safety'));
      await userEvent.keyboard('{ArrowLeft}');
      await el.updateComplete;
      expect(el.view).to.equal('standard');
    });

    it('copies by keyboard', async () => {
      const el = await show(recommend(universal));
      const { writes, clipboard } = fakeClipboard();
      await withClipboard(clipboard, async () => {
        buttonNamed(el, recommendationViewEn.copy.button)!.focus();
        await userEvent.keyboard('{Enter}');
        await waitUntil(() => text(part(el, 'copy-status')) === 'Summary copied');
      });
      expect(writes).to.have.length(1);
    });

    it('confirms by keyboard', async () => {
      const el = await show(recommend(universal));
      const confirm = buttonNamed(el, recommendationViewEn.confirm)!;
      confirm.focus();
      const fired = next(el, 'eh-complete');
      await userEvent.keyboard(' ');
      expect((await fired).recommendation.level.id).to.equal('level-1');
    });
  });

  describe('small screens', () => {
    it('fits a 320 px wide screen without sideways scrolling, with the form open', async () => {
      await page.viewport(320, 640);
      try {
        const long = variant((copy) => {
          copy.services.find((candidate: any) => candidate.id === 'team-around-family').contact.web =
            'https://example.org/averyverylongaddresswithnoplacewhereitcouldbreakonitsownatall';
        });
        const el = await show(recommend(complex, 'en', long), { from: long });
        await openForm(el);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        const urgentEl = await show(recommend(urgent));
        expect(urgentEl.getBoundingClientRect().width).to.be.at.most(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        const sos = await show(recommend(complex, 'en', long), { from: long, view: 'signs-of-safety' });
        expect(sos.getBoundingClientRect().width).to.be.at.most(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await page.viewport(1024, 768);
      }
    });
  });

  // The full default pack's result, overridden by pointer and keyboard and checked with axe:
  // heavy on a loaded machine, so with a budget of its own.
  describe('next steps follow the decision', { timeout: 60_000 }, () => {
    const continuum = parsePack(continuumRaw);
    const level3: Answers = level3Case.answers as Answers;
    const level4: Answers = level4Case.answers as Answers;
    const showContinuum = (answers: Answers) =>
      fixture<EhRecommendation>(html`<eh-recommendation
        lang="en"
        .recommendation=${evaluate(continuum, answers, { now: new Date('2026-06-01T12:00:00Z') })}
        .pack=${continuum}
        .answers=${answers}
      ></eh-recommendation>`);
    const serviceNames = (el: EhRecommendation) =>
      [...root(el).querySelectorAll('[part~="service"] h3, [part~="service"] h4')].map(text);
    const nameOf = (id: string) => continuum.services.find((service) => service.id === id)!.name.en;
    const downloads = (el: EhRecommendation) => root(el).querySelectorAll('[part~="download"]').length;

    /** Disagrees, chooses a level and saves, with the pointer and the keyboard as a practitioner would. */
    async function overrideTo(el: EhRecommendation, levelId: string, reason: string) {
      await userEvent.click(buttonNamed(el, recommendationViewEn.disagree)!);
      await el.updateComplete;
      await userEvent.click(root(el).querySelector<HTMLInputElement>(`#override-level-${levelId}`)!);
      await userEvent.click(root(el).querySelector<HTMLTextAreaElement>('#override-reason')!);
      await userEvent.keyboard(reason);
      await el.updateComplete;
      await userEvent.click(buttonNamed(el, recommendationViewEn.save)!);
      await el.updateComplete;
    }

    it("gives the chosen level's contacts, advice and copied text after an override, with the suggestion beside it", async () => {
      const el = await showContinuum(level3);
      expect(serviceNames(el)).to.deep.equal([nameOf('multi-agency-early-help')]);
      await overrideTo(el, 'level-4', 'Disclosure today');
      expect(serviceNames(el)).to.deep.equal([nameOf('front-door')]);
      expect(text(part(el, 'level'))).to.contain(continuum.levels[3]!.name.en);
      expect(text(part(el, 'suggested'))).to.contain(continuum.levels[2]!.name.en);
      const { writes, clipboard } = fakeClipboard();
      await withClipboard(clipboard, () => copy(el));
      expect(writes[0]).to.contain(nameOf('front-door'));
      expect(writes[0]).not.to.contain(nameOf('multi-agency-early-help'));
      await expect(el).to.be.accessible();
    });

    it('leads with what consent allows at early help, and holds the request until consent is recorded', async () => {
      const el = await showContinuum({ ...level3, consent: 'refuses' });
      const consent = part(el, 'consent');
      assert.exists(consent, 'the consent panel');
      // Before any contact: the first thing after the level.
      expect(
        consent!.compareDocumentPosition(part(el, 'services')!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).to.be.greaterThan(0);
      expect(part(el, 'level')!.nextElementSibling).to.equal(consent);
      expect(downloads(el)).to.equal(0);
      assert.exists(part(el, 'download-hint'));
      await expect(el).to.be.accessible();
      // Not asked yet says so, in its own words.
      const notAsked = await showContinuum({ ...level3, consent: 'not-asked' });
      expect(text(part(notAsked, 'consent'))).not.to.equal(text(consent));
      expect(downloads(notAsked)).to.equal(0);
    });

    it('never lets consent block a safeguarding concern at the front door', async () => {
      const refusedAt4 = await showContinuum({ ...level4, consent: 'refuses' });
      expect(part(refusedAt4, 'consent')).to.equal(null);
      expect(downloads(refusedAt4)).to.equal(2);
      // Overriding an early-help result to the front door lifts the hold at once.
      const el = await showContinuum({ ...level3, consent: 'refuses' });
      expect(downloads(el)).to.equal(0);
      await overrideTo(el, 'level-4', 'Risk of significant harm');
      expect(part(el, 'consent')).to.equal(null);
      expect(downloads(el)).to.equal(2);
    });
  });
});
