/**
 * Every assessment and knowledge check in full, as 我的学习 reads it once a learner opens a
 * result or a comparison (its island props carry only the light form, src/lib/assessments/light.ts).
 */
import { overviewAssessments } from '../lib/assessments/overview';

export async function GET(): Promise<Response> {
  return new Response(JSON.stringify(await overviewAssessments()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
