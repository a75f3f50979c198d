/**
 * The button every result shows before the hand-in panel opens (HandInGate.svelte): on its
 * own, so a unit page carries the rest of the trainee text (trainee-strings.ts) only once the panel loads.
 */
export const HAND_IN = '交给讲师';
