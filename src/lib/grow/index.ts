/** The GROW planner's logic: plan model, self-check and Markdown export. */
export * from './model';
export * from './checks';
export * from './export';
export { t as growStrings, hintText } from './strings';
