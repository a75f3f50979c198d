import {
  growExampleSchema,
  growStagesSchema,
  type GrowExample,
  type GrowStageData,
} from '../schemas/grow-planner';
import { loadJson } from '../content/load-json';

export const GROW_STAGES_FILE = 'content/grow-planner/stages.json';
export const GROW_EXAMPLE_FILE = 'content/grow-planner/example.json';

/** Build-time only: the four stages and their question banks, validated. */
export function loadGrowStages(text?: string): GrowStageData[] {
  return loadJson(GROW_STAGES_FILE, growStagesSchema, text);
}

/** Build-time only: the worked example plan, validated. */
export function loadGrowExample(text?: string): GrowExample {
  return loadJson(GROW_EXAMPLE_FILE, growExampleSchema, text);
}
