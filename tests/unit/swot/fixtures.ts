import { emptyAnalysis, type Analysis } from '../../../src/lib/swot/record';

/** A small analysis: two items per quadrant, two strategies (S2/O1 and W1/T2). */
export function sample(): Analysis {
  const a = emptyAnalysis('a1', '我的分析', '2026-05-01');
  a.goal = '半年内把一次解决率提到 80%';
  a.items = {
    S: [
      { id: 's1', text: '熟悉质检标准' },
      { id: 's2', text: '组员信任我' },
    ],
    W: [
      { id: 'w1', text: '不擅长公开讲话' },
      { id: 'w2', text: '很少单独谈话' },
    ],
    O: [
      { id: 'o1', text: '培训部开讲师营' },
      { id: 'o2', text: '新系统能导出数据' },
    ],
    T: [
      { id: 't1', text: '大促话务翻倍' },
      { id: 't2', text: '规则每月调整' },
    ],
  };
  a.strategies = [
    { id: 'x1', kind: 'SO', internal: 's2', external: 'o1', action: '请骨干做分享' },
    { id: 'x2', kind: 'WT', internal: 'w1', external: 't2', action: '规则调整当天开短会' },
  ];
  return a;
}
