import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ensureCrossOriginIsolation } from './isolation/crossOriginIsolation';
import './styles.css';

// On hosts that cannot send COOP/COEP headers our service worker adds them (one reload at most).
// The app renders meanwhile: the pi lab works either way, and the badge shows the outcome. A
// build also has the worker keep the app for offline use (the dev server is never cached).
void ensureCrossOriginIsolation({ offline: import.meta.env.PROD });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
