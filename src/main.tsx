import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ensureCrossOriginIsolation } from './isolation/crossOriginIsolation';
import './styles.css';

// On hosts that cannot send COOP/COEP headers our service worker adds them (one reload at most).
void ensureCrossOriginIsolation();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
