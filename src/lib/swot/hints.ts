import type { Quadrant } from './record';
import { strings } from './strings';

// Cues that a factor lies outside the learner's control (policy, systems, market, season).
const EXTERNAL_CUES = [
  '公司',
  '政策',
  '上级',
  '领导决定',
  '总部',
  '竞争对手',
  '对手',
  '市场',
  '行业',
  '客户需求',
  '上线',
  '新系统',
  '话务量',
  '咨询量',
  '季节',
  '法规',
  '机器人',
];
// Cues that a factor is the learner's or the team's own doing (skills, habits, results).
const INTERNAL_CUES = [
  '我的',
  '我们的',
  '本组',
  '组员',
  '组里',
  '我不会',
  '不擅长',
  '擅长',
  '技能',
  '排队',
  '接通率',
  '流失',
];
// Wishes are not facts in the environment.
const WISH_CUES = ['希望', '想要', '但愿', '如果能', '盼望'];

const firstCue = (text: string, cues: readonly string[]) => cues.find((cue) => text.includes(cue));

/**
 * A gentle hint when an item may sit on the wrong side (the most common SWOT error):
 * external conditions filed under S/W, the unit's own doings under O/T, or a wish as an O.
 */
export function placementHint(quadrant: Quadrant, text: string): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  if (quadrant === 'O') {
    const wish = firstCue(t, WISH_CUES);
    if (wish) return strings.hintWish(wish);
  }
  if (quadrant === 'S' || quadrant === 'W') {
    const cue = firstCue(t, EXTERNAL_CUES);
    return cue ? strings.hintExternal(cue) : undefined;
  }
  const cue = firstCue(t, INTERNAL_CUES);
  return cue ? strings.hintInternal(cue) : undefined;
}
