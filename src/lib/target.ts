/**
 * Which copy of the course this build is: `cdn` is the public site, `lms` the copy inside
 * the SCORM packages (`npm run package:scorm` builds it with COURSE_TARGET=lms). Features
 * that would fight an LMS (an offline service worker, clearing LMS-owned records) check
 * `IS_LMS`; code only the LMS copy needs is rendered or imported behind it.
 */
export const COURSE_TARGET: 'cdn' | 'lms' = import.meta.env.COURSE_TARGET === 'lms' ? 'lms' : 'cdn';

export const IS_LMS: boolean = COURSE_TARGET === 'lms';
