import {
  growExampleSchema,
  growStagesSchema,
  type GrowExample,
  type GrowStageData,
} from '../schemas/grow-planner';
import { parseContentFile } from '../schemas/parse-file';
import stagesRaw from '../../../content/grow-planner/stages.json?raw';
import exampleRaw from '../../../content/grow-planner/example.json?raw';

export const GROW_STAGES_FILE = 'content/grow-planner/stages.json';
export const GROW_EXAMPLE_FILE = 'content/grow-planner/example.json';

/** Build-time only: the four stages and their question banks, validated. */
export function loadGrowStages(text: string = stagesRaw): GrowStageData[] {
  return parseContentFile(GROW_STAGES_FILE, text, growStagesSchema);
}

/** Build-time only: the worked example plan, validated. */
export function loadGrowExample(text: string = exampleRaw): GrowExample {
  return parseContentFile(GROW_EXAMPLE_FILE, text, growExampleSchema);
}
