import type { Circle, Ring } from './record';
import { strings } from './strings';

/** One sentence of a spoken message: which ring it comes from, its lead-in and the learner's text. */
export interface MessagePart {
  ring: Ring;
  lead: string;
  /** The learner's text with runs of white space joined; empty when the ring is not written yet. */
  text: string;
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The usual order, from the clearest to the fuzziest: What → How → Why. */
export function outsideIn(circle: Pick<Circle, Ring>): MessagePart[] {
  return (['what', 'how', 'why'] as const).map((ring) => ({
    ring,
    lead: strings.outsideInLead[ring],
    text: flat(circle[ring]),
  }));
}

/** The inspiring order, starting with the purpose: Why → How → What. */
export function insideOut(circle: Pick<Circle, Ring>): MessagePart[] {
  return (['why', 'how', 'what'] as const).map((ring) => ({
    ring,
    lead: strings.insideOutLead[ring],
    text: flat(circle[ring]),
  }));
}

/** The parts as one short paragraph, skipping rings not written yet; each sentence ends with punctuation. */
export function messageText(parts: readonly MessagePart[]): string {
  return parts
    .filter((p) => p.text)
    .map((p) => `${p.lead}${p.text}${/[。！？!?…．.；;]$/.test(p.text) ? '' : '。'}`)
    .join('');
}
