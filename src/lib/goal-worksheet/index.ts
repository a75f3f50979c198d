/** The goal-setting worksheet (第三讲): stored data, SMART self-check, Markdown export. */
export * from './model';
export * from './smart';
export * from './markdown';
export { goalStrings } from './strings';
