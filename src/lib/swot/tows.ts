import type { Quadrant, StrategyKind } from './record';

/** What each TOWS strategy combines and what it is called in the course (REFERENCE §1). */
export const KIND_INFO: Record<
  StrategyKind,
  { internal: 'S' | 'W'; external: 'O' | 'T'; name: string; rule: string; en: string }
> = {
  SO: { internal: 'S', external: 'O', name: '增长型', rule: '用优势抓住机会', en: 'maxi-maxi' },
  WO: { internal: 'W', external: 'O', name: '扭转型', rule: '借机会补齐劣势', en: 'mini-maxi' },
  ST: { internal: 'S', external: 'T', name: '多元型', rule: '用优势化解威胁', en: 'maxi-mini' },
  WT: { internal: 'W', external: 'T', name: '防御型', rule: '减少劣势、避开威胁', en: 'mini-mini' },
};

/** Names of the quadrants, and whether each looks inward or outward. */
export const QUADRANT_INFO: Record<
  Quadrant,
  { name: string; side: 'internal' | 'external'; question: string }
> = {
  S: { name: '优势', side: 'internal', question: '我（我们）比别人做得好的是什么？有什么事实或数据？' },
  W: { name: '劣势', side: 'internal', question: '哪些自身的短板正在妨碍目标？' },
  O: { name: '机会', side: 'external', question: '环境里有什么已经出现、可以借力的变化？' },
  T: { name: '威胁', side: 'external', question: '环境里有什么变化会让目标更难达成？' },
};
