// The behaviour of ClassJoin.astro, loaded with the page's other behaviours from one script
// (src/layouts/page-scripts.ts). Only a unit's reading page has its note, and only there does
// a `#class=…` link attach the tab to a session.
import { attachedSession } from '../../lib/class-session/tab';

const note = document.querySelector<HTMLElement>('[data-class-joined]');
const session = note ? attachedSession() : undefined;
if (note && session) {
  note.textContent = `${note.dataset.prefix ?? ''}${session}`;
  note.hidden = false;
}
