/** Shared worksheet logic: several sheets per learner, editable lists, shared UI text. */
export * from './sheets';
export * from './list';
export { newId } from './ids';
export { worksheetStrings } from './strings';
export * from './numbers';
export { today } from './dates';
