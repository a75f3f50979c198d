import { lmsHost } from './host';

/**
 * Injected into every page of the LMS copy only (astro.config.mjs): tells the launch page
 * when a page is left, so it sends the records at once, and lets its notice export
 * this learner's records. Records themselves reach it through localStorage.
 */
const host = lmsHost();
if (host) {
  document.documentElement.dataset.lms = host.review ? 'review' : 'normal';
  window.csCourseExport = async () => {
    await (await import('../state/session')).exportRecords();
  };
  const leave = () => {
    try {
      host.changed();
    } catch {
      // The launch page is gone already.
    }
  };
  window.addEventListener('pagehide', leave);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') leave();
  });
}
