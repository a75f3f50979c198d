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

/** The groups the word list is shown in, so 56 words are easy to scan: 做事, 待人, 性情. */
export const TRAIT_GROUPS = ['doing', 'relating', 'temperament'] as const;
export type TraitGroup = (typeof TRAIT_GROUPS)[number];

/** One trait of the list: a stable id (it travels in links), the word shown and its group. */
export interface Trait {
  id: number;
  word: string;
  group?: TraitGroup | undefined;
}

/** The traits by group, in list order within each group; a list without groups stays one group. */
export function groupTraits(traits: readonly Trait[]): { group: TraitGroup | undefined; traits: Trait[] }[] {
  if (!traits.some((t) => t.group)) return [{ group: undefined, traits: [...traits] }];
  const groups: { group: TraitGroup | undefined; traits: Trait[] }[] = TRAIT_GROUPS.map((group) => ({
    group,
    traits: traits.filter((t) => t.group === group),
  }));
  const rest = traits.filter((t) => !t.group);
  if (rest.length) groups.push({ group: undefined, traits: rest });
  return groups.filter((g) => g.traits.length);
}

/** True when `count` picks are allowed. */
export function isPickCountValid(count: number): boolean {
  return count >= MIN_PICKS && count <= MAX_PICKS;
}
