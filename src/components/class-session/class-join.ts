// The behaviour of ClassJoin.astro, loaded with the page's other behaviours from one script
// (src/layouts/page-scripts.ts), not as a script of its own.
import { attachedSession } from '../../lib/class-session/tab';

const session = attachedSession();
const note = document.querySelector<HTMLElement>('[data-class-joined]');
if (session && note) {
  note.textContent = `${note.dataset.prefix ?? ''}${session}`;
  note.hidden = false;
}
