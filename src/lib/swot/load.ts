import { swotExampleSchema, type SwotExampleContent } from '../schemas/swot';
import { loadJson } from '../content/load-json';

export const SWOT_EXAMPLE_FILE = 'content/swot/example.json';

/** Build time only: the worked example; a mistake stops the build naming file and field. */
export function loadSwotExample(text?: string): SwotExampleContent {
  return loadJson(SWOT_EXAMPLE_FILE, swotExampleSchema, text);
}
