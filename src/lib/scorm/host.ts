import { IS_LMS } from '../target';

/** What the launch page (src/lms/shell.ts) offers the course pages in its frame. */
export interface LmsHost {
  /** The learner's name as the LMS gives it, ready to show (张三, Ann Smith). */
  learnerName: string;
  /** Review or browse mode: nothing is recorded. */
  review: boolean;
  /** Asks the launch page to send the records now (a page is being left). */
  changed(): void;
}

declare global {
  interface Window {
    csCourseLms?: LmsHost;
    /** Set by the bridge in the framed page: downloads this learner's records. */
    csCourseExport?: () => Promise<void>;
  }
}

/** The launch page around this page, when there is one (LMS copy, same origin). */
export function lmsHost(): LmsHost | undefined {
  if (!IS_LMS || typeof window === 'undefined') return undefined;
  try {
    return window.parent !== window ? window.parent.csCourseLms : undefined;
  } catch {
    return undefined;
  }
}

/** The learner's name from the LMS, for fields that ask for it; '' outside an LMS. */
export function learnerName(): string {
  return lmsHost()?.learnerName ?? '';
}
