/** The 复盘 worksheet (第四讲): stored data, six-step progress, result comparison, the document. */
export * from './model';
export * from './compare';
export * from './steps';
export * from './document';
export * from './step-names';
export { reviewStrings } from './strings';
