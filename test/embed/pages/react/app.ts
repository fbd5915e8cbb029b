/**
 * A small React 19 app that hosts the journey through `early-help-pathway/react` and
 * listens to its events: what a case-management screen would do with them. Written with
 * `createElement` so it needs no JSX setup; with JSX it reads
 * `<EhPathway src={pack} lang="en" onEhAnswerChange={…} onEhRecommendation={…} />`.
 */
import { createElement as h, StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
// A host app writes `from 'early-help-pathway/react'`; this example imports the source.
import {
  EhPathway,
  type EhAnswerChangeEvent,
  type EhCompleteEvent,
  type EhOverrideEvent,
  type EhRecommendationEvent,
  type EhUrgentEvent,
} from '../../../../src/react/index.js';

/**
 * What the app heard, in order; the test reads it from the page. `detail` is the line the
 * app shows; `data` is what a case-management screen would store from the event.
 */
export interface Heard {
  readonly event: string;
  readonly detail: string;
  readonly data?: unknown;
}

const heard: Heard[] = [];
(window as unknown as { heard: Heard[] }).heard = heard;

function App() {
  const [log, setLog] = useState<readonly Heard[]>([]);
  const [level, setLevel] = useState<string | undefined>();
  const hear = useCallback((event: string, detail: string, data?: unknown) => {
    // A plain (JSON) copy of the payload, as a host would store it.
    const entry: Heard =
      data === undefined ? { event, detail } : { event, detail, data: JSON.parse(JSON.stringify(data)) as unknown };
    heard.push(entry);
    setLog((previous) => [...previous, entry]);
  }, []);

  return h(
    'main',
    null,
    h('h1', null, 'Team case record'),
    h(EhPathway, {
      src: '/rules/continuum/1.0.0.json',
      lang: 'en',
      headingLevel: 2,
      onEhAnswerChange: (event: EhAnswerChangeEvent) =>
        hear('answer-change', `${event.questionId}=${JSON.stringify(event.value)}`),
      onEhUrgent: (event: EhUrgentEvent) =>
        hear('urgent', event.recommendation.level.id, {
          urgent: event.recommendation.urgent,
          levelName: event.recommendation.level.name,
          services: event.recommendation.services.map((service) => service.id),
        }),
      onEhRecommendation: (event: EhRecommendationEvent) => {
        hear('recommendation', event.recommendation.level.id);
        setLevel(event.recommendation.level.name);
      },
      onEhOverride: (event: EhOverrideEvent) =>
        hear(
          'override',
          event.override ? `${event.override.suggestedLevelId}->${event.override.levelId}` : 'withdrawn',
          event.override,
        ),
      onEhComplete: (event: EhCompleteEvent) =>
        hear(
          'complete',
          event.override
            ? `${event.recommendation.level.id}->${event.override.levelId}`
            : event.recommendation.level.id,
          {
            level: event.recommendation.level.id,
            complete: event.recommendation.complete,
            urgent: event.recommendation.urgent,
            packId: event.recommendation.stamp.packId,
            override: event.override,
          },
        ),
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
