interface ImportMetaEnv {
  /** `lms` in the copy built for the SCORM packages; see src/lib/target.ts. */
  readonly COURSE_TARGET?: string;
}
