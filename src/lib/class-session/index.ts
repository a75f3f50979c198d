/** Class sessions: result codes from phones, collected and counted on the trainer's laptop. */
export * from './activities';
export * from './code';
export * from './find';
export * from './ids';
export * from './aggregate';
export { strings } from './strings';
