/** The fixed rules of the exercise, shared by the data schema, the codec and the islands. */

/** Fewest and most traits one person picks (for themselves or for a peer). */
export const MIN_PICKS = 5;
export const MAX_PICKS = 8;

/** Trait ids are 0…MAX_TRAIT_ID: a reply link carries them as a bitset of at most 16 bytes. */
export const MAX_TRAIT_ID = 127;

/** Longest name or nickname a request link carries, in characters. */
export const MAX_NAME_LENGTH = 20;
/** Longest note (mask and reflection fields) the stored window accepts; the fields stop there. */
export const MAX_NOTE_LENGTH = 4000;

/** One trait of the list: a stable id (it travels in links) and the word shown. */
export interface Trait {
  id: number;
  word: string;
}

/** True when `count` picks are allowed. */
export function isPickCountValid(count: number): boolean {
  return count >= MIN_PICKS && count <= MAX_PICKS;
}
