/** The feedback builder's logic: draft model, self-check heuristics, preview and export. */
export * from './model';
export * from './checks';
export * from './preview';
export * from './export';
export { t as feedbackStrings, fieldLabel, issueText } from './strings';
