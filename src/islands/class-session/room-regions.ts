/**
 * The deck leaves `<section data-room-results="<activity-id>" hidden>` on exercise, poll and
 * check slides. These helpers fill such regions with that activity's room results while a
 * session is open, and point the phone QR codes on the slides at the session.
 */
import { mount, unmount } from 'svelte';
import type { ClassSession } from '../../lib/class-session/aggregate';
import RoomResults from './RoomResults.svelte';

const mounted = new Map<Element, ReturnType<typeof mount>>();

/**
 * Shows the session's results of each region's activity in that region (and nothing else);
 * a region with `data-question` (a knowledge-check slide) shows that one question.
 */
export function fillRoomResults(session: ClassSession | undefined, root: ParentNode = document): void {
  for (const [el, app] of mounted) {
    void unmount(app);
    mounted.delete(el);
  }
  for (const region of root.querySelectorAll<HTMLElement>('[data-room-results]')) {
    const id = region.dataset.roomResults;
    const question = region.dataset.question;
    const activity = session?.activities.find((a) => a.id === id);
    const known =
      !!activity &&
      (!question || ('questions' in activity && activity.questions.some((q) => q.id === question)));
    region.hidden = !session || !known;
    region.replaceChildren();
    if (!session || !known) continue;
    mounted.set(
      region,
      mount(RoomResults, { target: region, props: { session, only: id, question, level: 3 } }),
    );
  }
}

/** Tells every phone QR on the page (`<unit-qr>`) which session to attach, or none. */
export function pointUnitQrs(session: string | undefined, root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('unit-qr')) {
    if (session) el.setAttribute('session', session);
    else el.removeAttribute('session');
  }
}
