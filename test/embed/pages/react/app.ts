/**
 * A small React 19 app that hosts the journey through `early-help-pathway/react` and
 * listens to its events: what a case-management screen would do with them. Written with
 * `createElement` so it needs no JSX setup; with JSX it reads
 * `<EhPathway src={pack} lang="en" onEhAnswerChange={…} onEhRecommendation={…} />`.
 */
import { createElement as h, StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
// A host app writes `from 'early-help-pathway/react'`; this example imports the source.
import { EhPathway, type EhAnswerChangeEvent, type EhCompleteEvent, type EhRecommendationEvent, type EhUrgentEvent } from '../../../../src/react/index.js';

/** What the app heard, in order; the test reads it from the page. */
export interface Heard {
  readonly event: string;
  readonly detail: string;
}

const heard: Heard[] = [];
(window as unknown as { heard: Heard[] }).heard = heard;

function App() {
  const [log, setLog] = useState<readonly Heard[]>([]);
  const [level, setLevel] = useState<string | undefined>();
  const hear = useCallback((event: string, detail: string) => {
    heard.push({ event, detail });
    setLog((previous) => [...previous, { event, detail }]);
  }, []);

  return h(
    'main',
    null,
    h('h1', null, 'Team case record'),
    h(EhPathway, {
      src: '/rules/continuum/1.0.0.json',
      lang: 'en',
      headingLevel: 2,
      onEhAnswerChange: (event: EhAnswerChangeEvent) => hear('answer-change', `${event.questionId}=${JSON.stringify(event.value)}`),
      onEhUrgent: (event: EhUrgentEvent) => hear('urgent', event.recommendation.level.id),
      onEhRecommendation: (event: EhRecommendationEvent) => {
        hear('recommendation', event.recommendation.level.id);
        setLevel(event.recommendation.level.name);
      },
      onEhOverride: () => hear('override', ''),
      onEhComplete: (event: EhCompleteEvent) => hear('complete', event.override?.levelId ?? event.recommendation.level.id),
    }),
    h('output', { id: 'level', 'aria-live': 'polite' }, level ?? ''),
    h(
      'ol',
      { id: 'log' },
      log.map((entry, index) => h('li', { key: index }, `${entry.event} ${entry.detail}`)),
    ),
  );
}

createRoot(document.getElementById('root')!).render(h(StrictMode, null, h(App)));
