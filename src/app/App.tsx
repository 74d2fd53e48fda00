import { Suspense, lazy, useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { labs as experiments } from '../experiments/registry';
import { keepTask } from '../workshop/kept/keptRuns';
import { formatHash, parseHash, type Route } from './route';
import { IsolationBadge } from './IsolationBadge';
import { ErrorBoundary } from './ErrorBoundary';
import { PresenterToggle } from './PresenterToggle';
import { UpdateNotice } from './UpdateNotice';

/** The workshop's views beside the labs, each loaded on its first visit; `path` is the route after its id. */
const VIEWS: readonly { id: string; title: string; summary: string; View: ComponentType<{ path: string[] }> }[] = [
  {
    id: 'lessons',
    title: 'Lessons',
    summary: 'Guided lessons: predict, run the lab on your cores, compare with the book.',
    View: lazy(() => import('../workshop/lessons/LessonsView')),
  },
  {
    id: 'compare',
    title: 'Compare',
    summary: 'Every run you finished, and those imported from a room’s machines, side by side.',
    View: lazy(() => import('../workshop/compare/CompareView')),
  },
];

function currentRoute(): Route {
  const route = parseHash(window.location.hash);
  const known = [...experiments, ...VIEWS].some((e) => e.id === route.experimentId);
  return known ? route : { experimentId: experiments[0].id, rest: [], query: route.query };
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

  const view = VIEWS.find((v) => v.id === route.experimentId) ?? null;
  const experiment = view ? null : (experiments.find((e) => e.id === route.experimentId) ?? experiments[0]);
  const current = view?.id ?? experiment!.id;
  const Page = experiment?.Page;
  const link = (entry: { id: string; title: string; summary: string }) => (
    <li key={entry.id}>
      <a
        href={`#/${entry.id}`}
        aria-current={entry.id === current ? 'page' : undefined}
        title={entry.summary}
        // The lab already open keeps its run and settings (and the link to them).
        onClick={(event) => entry.id === current && experiment && event.preventDefault()}
      >
        {entry.title}
      </a>
    </li>
  );

  return (
    <>
      <header className="app-header">
        <h1>Parallel Playground</h1>
        <p className="tagline">Why Python programmers reach for processes instead of threads, measured on your own cores.</p>
        <div className="header-meters">
          <IsolationBadge />
          <PresenterToggle />
        </div>
        <UpdateNotice />
        <div className="app-navs">
          <nav aria-label="Experiments">
            <ul>{experiments.map(link)}</ul>
          </nav>
          <nav aria-label="Workshop">
            <ul>{VIEWS.map(link)}</ul>
          </nav>
        </div>
      </header>
      <main>
        {/* Keyed by route: another lab or view starts with a fresh boundary, not the last one's error. */}
        <ErrorBoundary key={current}>
          <Suspense fallback={<p role="status">{view ? 'Loading…' : 'Loading the experiment…'}</p>}>
            {view ? <view.View key={`${view.id}-${visit}`} path={route.rest} /> : null}
            {Page ? <Page key={`${current}-${visit}`} query={route.query} onQueryChange={onQueryChange} onTaskDone={keepTask} /> : null}
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
