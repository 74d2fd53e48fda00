import { useEffect, useState } from 'react';

/**
 * Says when a new build has been deployed and its service worker has taken over this page: the
 * page still runs the build it loaded, and a reload brings the new one (from then on, offline too).
 */
export function UpdateNotice() {
  const [updated, setUpdated] = useState(false);
  useEffect(() => {
    const workers = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
    // A page's first worker taking over is no update.
    if (!workers?.controller) return;
    const onChange = () => setUpdated(true);
    workers.addEventListener('controllerchange', onChange);
    return () => workers.removeEventListener('controllerchange', onChange);
  }, []);
  if (!updated) return null;
  return (
    <p role="status" className="update-notice">
      A new version of the app is ready.{' '}
      <button type="button" onClick={() => location.reload()}>
        Reload
      </button>
    </p>
  );
}
