import { goldenCircleContentSchema, type GoldenCircleContent } from '../schemas/golden-circle';
import { loadJson } from '../content/load-json';

export const GOLDEN_CIRCLE_FILE = 'content/golden-circle/example.json';

/** Build time only: the prompts and worked example; a mistake stops the build naming file and field. */
export function loadGoldenCircleContent(text?: string): GoldenCircleContent {
  return loadJson(GOLDEN_CIRCLE_FILE, goldenCircleContentSchema, text);
}
