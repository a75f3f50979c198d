interface ImportMetaEnv {
  /** `lms` in the copy built for the SCORM packages; see src/lib/target.ts. */
  readonly COURSE_TARGET?: string;
  /** Changes with the course's source; pagefind's cache tag (astro.config.mjs). */
  readonly SOURCE_VERSION?: string;
}
