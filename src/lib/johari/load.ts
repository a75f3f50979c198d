import { johariTraitListSchema } from '../schemas/johari';
import { loadJson } from '../content/load-json';
import type { Trait } from './rules';

export const JOHARI_TRAITS_FILE = 'content/johari/traits.json';

/** Build time only: the words learners and peers pick from; a mistake stops the build naming file and field. */
export function loadJohariTraits(text?: string): Trait[] {
  return loadJson(JOHARI_TRAITS_FILE, johariTraitListSchema, text).traits.map(({ id, word, group }) => ({
    id,
    word,
    group,
  }));
}
