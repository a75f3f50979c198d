/** The communication window (沟通视窗): the public surface of its plain logic. */
export * from './rules';
export * from './codec';
export * from './panes';
export * from './record';
export * from './share';
export * from './export';
export { paneText, controlText, largestText, levelWord, strings, receiveText, peerText } from './strings';
