import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { labs as experiments } from '../experiments/registry';
import { formatHash, parseHash, type Route } from './route';
import { IsolationBadge } from './IsolationBadge';
import { ErrorBoundary } from './ErrorBoundary';

function currentRoute(): Route {
  const route = parseHash(window.location.hash);
  if (!experiments.some((e) => e.id === route.experimentId)) return { experimentId: experiments[0].id, query: route.query };
  return route;
}

export function App() {
  const [route, setRoute] = useState(currentRoute);
  // Bumped when another link is opened in this tab: the page starts afresh from it.
  const [visit, setVisit] = useState(0);
  // The hash the open page last wrote for its own settings.
  const writtenHash = useRef(window.location.hash);

  useEffect(() => {
    const onHashChange = () => {
      if (window.location.hash === writtenHash.current) return;
      writtenHash.current = window.location.hash;
      setRoute(currentRoute());
      setVisit((v) => v + 1);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const onQueryChange = useCallback(
    (query: URLSearchParams) => {
      const hash = formatHash({ experimentId: route.experimentId, query });
      writtenHash.current = hash;
      if (hash !== window.location.hash) history.replaceState(null, '', hash);
    },
    [route.experimentId],
  );

  const experiment = experiments.find((e) => e.id === route.experimentId) ?? experiments[0];
  const Page = experiment.Page;

  return (
    <>
      <header className="app-header">
        <h1>Parallel Playground</h1>
        <p className="tagline">Why Python programmers reach for processes instead of threads, measured on your own cores.</p>
        <div className="header-meters">
          <IsolationBadge />
        </div>
        <nav aria-label="Experiments">
          <ul>
            {experiments.map((e) => (
              <li key={e.id}>
                <a
                  href={`#/${e.id}`}
                  aria-current={e.id === experiment.id ? 'page' : undefined}
                  title={e.summary}
                  // The page already open keeps its run and settings (and the link to them).
                  onClick={(event) => e.id === experiment.id && event.preventDefault()}
                >
                  {e.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        {/* Keyed by experiment: another lab starts with a fresh boundary, not the last one's error. */}
        <ErrorBoundary key={experiment.id}>
          <Suspense fallback={<p role="status">Loading the experiment…</p>}>
            <Page key={`${experiment.id}-${visit}`} query={route.query} onQueryChange={onQueryChange} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
