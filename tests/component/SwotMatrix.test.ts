import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SwotMatrix from '../../src/islands/swot/SwotMatrix.svelte';
import { closeAllDocuments } from '../../src/lib/state/document';
import { openSwot } from '../../src/lib/swot/exercise';
import example from '../../content/swot/example.json';
import v1 from '../fixtures/v1/swot.json';
import type { SwotExample } from '../../src/lib/swot/analyses';
import { blankSwot } from '../../src/lib/swot/record';

vi.mock('../../src/lib/download', async (original) => ({
  ...(await original<typeof import('../../src/lib/download')>()),
  downloadText: vi.fn(),
}));
vi.mock('../../src/lib/print', () => ({ printElement: vi.fn() }));
const { downloadText } = await import('../../src/lib/download');
const { printElement } = await import('../../src/lib/print');

function setup() {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const view = render(SwotMatrix, { props: { example: example as SwotExample } });
  return { user, ...view };
}

function reload() {
  vi.advanceTimersByTime(1000);
  cleanup();
  closeAllDocuments();
  return setup();
}

const quadrant = (name: RegExp) => screen.getByRole('region', { name });
const strengths = () => quadrant(/^S优势/);
const opportunities = () => quadrant(/^O机会/);
const item = (label: string) => screen.getByRole('textbox', { name: label });

/** Adds an item to a quadrant with the pointer and types its text. */
async function addItem(user: ReturnType<typeof userEvent.setup>, name: string, text: string) {
  await user.click(screen.getByRole('button', { name: new RegExp(`新增一条${name}`) }));
  await user.keyboard(text);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  // Unmount while timers are still fake, and let the stores finish unmounting (nanostores
  // waits a second), so no timer fires after the test environment is gone.
  cleanup();
  vi.advanceTimersByTime(1500);
  vi.useRealTimers();
  vi.mocked(downloadText).mockClear();
  vi.mocked(printElement).mockClear();
});

describe('the four quadrants', () => {
  it('adds numbered items and keeps them after a reload', async () => {
    const { user } = setup();
    await addItem(user, '优势', '熟悉质检标准');
    await addItem(user, '优势', '组员信任我');
    expect(item('优势 S2')).toHaveFocus();
    await addItem(user, '机会', '讲师训练营开放报名');
    expect(item('优势 S1')).toHaveValue('熟悉质检标准');
    expect(screen.getByRole('status')).toHaveTextContent('已添加 O1');
    reload();
    expect(item('优势 S1')).toHaveValue('熟悉质检标准');
    expect(item('优势 S2')).toHaveValue('组员信任我');
    expect(item('机会 O1')).toHaveValue('讲师训练营开放报名');
  });

  it('reorders items with the keyboard; numbers follow and focus stays on the moved item', async () => {
    const { user } = setup();
    await addItem(user, '劣势', '甲');
    await addItem(user, '劣势', '乙');
    await addItem(user, '劣势', '丙');
    screen.getByRole('button', { name: '上移 W3' }).focus();
    await user.keyboard('{Enter}');
    expect(item('劣势 W2')).toHaveValue('丙');
    expect(item('劣势 W3')).toHaveValue('乙');
    expect(screen.getByRole('button', { name: '上移 W2' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(item('劣势 W1')).toHaveValue('丙');
    // At the top, "up" is disabled and focus moves to "down" of the same item.
    expect(screen.getByRole('button', { name: '上移 W1' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '下移 W1' })).toHaveFocus();
  });

  it('reorders with the pointer too', async () => {
    const { user } = setup();
    await addItem(user, '威胁', '甲');
    await addItem(user, '威胁', '乙');
    await user.click(screen.getByRole('button', { name: '下移 T1' }));
    expect(item('威胁 T1')).toHaveValue('乙');
  });

  it('deletes an item and restores it with undo', async () => {
    const { user } = setup();
    await addItem(user, '优势', '留下');
    await addItem(user, '优势', '删掉又回来');
    await user.click(screen.getByRole('button', { name: '删除 S2' }));
    expect(screen.queryByRole('textbox', { name: '优势 S2' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('已删除 S2。');
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(item('优势 S2')).toHaveValue('删掉又回来');
    expect(item('优势 S2')).toHaveFocus();
  });

  it('hints when an external fact is filed as a strength', async () => {
    const { user } = setup();
    await addItem(user, '优势', '公司新上线了知识库系统');
    expect(within(strengths()).getByText(/提到「公司」/)).toBeInTheDocument();
  });

  it('shows learner text literally, never as HTML', async () => {
    const { user, container } = setup();
    await addItem(user, '优势', '<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    // The print sheet follows the editor a moment later (it is rebuilt when typing pauses).
    await vi.advanceTimersByTimeAsync(1000);
    expect(container.querySelector('.sheet')?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('TOWS strategies', () => {
  async function twoByTwo(user: ReturnType<typeof userEvent.setup>) {
    await addItem(user, '优势', '熟悉质检');
    await addItem(user, '优势', '组员信任');
    await addItem(user, '劣势', '不会排班');
    await addItem(user, '机会', '讲师营');
    await addItem(user, '威胁', '大促翻倍');
  }

  it('lets a strategy cite one internal and one external item from the quadrants its kind allows', async () => {
    const { user } = setup();
    await twoByTwo(user);
    await user.click(screen.getByRole('button', { name: '＋ 添加 SO 增长型对策' }));
    const internal = screen.getByRole('combobox', { name: '内部因素（优势 S）' });
    expect(internal).toHaveFocus();
    expect(
      within(internal)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['请选择', 'S1 · 熟悉质检', 'S2 · 组员信任']);
    const external = screen.getByRole('combobox', { name: '外部因素（机会 O）' });
    expect(
      within(external)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['请选择', 'O1 · 讲师营']);
    const cell = screen.getByRole('region', { name: 'SO 增长型' });
    expect(within(cell).getByText('S?/O?')).toBeInTheDocument();
    await user.selectOptions(internal, 'S2 · 组员信任');
    await user.selectOptions(external, 'O1 · 讲师营');
    await user.type(screen.getByRole('textbox', { name: '对策行动' }), '请骨干在讲师营分享');
    expect(within(cell).getByText('S2/O1')).toBeInTheDocument();
    reload();
    expect(within(screen.getByRole('region', { name: 'SO 增长型' })).getByText('S2/O1')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '对策行动' })).toHaveValue('请骨干在讲师营分享');
  });

  it('follows an item when it moves: the citation shows its new number', async () => {
    const { user } = setup();
    await twoByTwo(user);
    await user.click(screen.getByRole('button', { name: '＋ 添加 ST 多元型对策' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '内部因素（优势 S）' }), 'S2 · 组员信任');
    await user.selectOptions(screen.getByRole('combobox', { name: '外部因素（威胁 T）' }), 'T1 · 大促翻倍');
    await user.click(screen.getByRole('button', { name: '上移 S2' }));
    expect(within(screen.getByRole('region', { name: 'ST 多元型' })).getByText('S1/T1')).toBeInTheDocument();
  });

  it('does not claim every item is used when there are no items yet', () => {
    setup();
    const unused = screen.getByRole('region', { name: '还没有对策用到的条目' });
    expect(unused).toHaveTextContent('四个象限里还没有写下条目');
    expect(unused).not.toHaveTextContent('每一条都至少用在了一条对策里');
  });

  it('shows which items no strategy uses yet', async () => {
    const { user } = setup();
    await twoByTwo(user);
    const unused = () => screen.getByRole('region', { name: '还没有对策用到的条目' });
    expect(
      within(unused())
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['S1 熟悉质检', 'S2 组员信任', 'W1 不会排班', 'O1 讲师营', 'T1 大促翻倍']);
    expect(within(strengths()).getAllByText('○ 尚未用于对策')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: '＋ 添加 WO 扭转型对策' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '内部因素（劣势 W）' }), 'W1 · 不会排班');
    await user.selectOptions(screen.getByRole('combobox', { name: '外部因素（机会 O）' }), 'O1 · 讲师营');
    expect(
      within(unused())
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['S1 熟悉质检', 'S2 组员信任', 'T1 大促翻倍']);
    expect(within(opportunities()).getByText('✓ 用于 1 条对策')).toBeInTheDocument();
  });

  it('keeps a strategy’s citation through deleting and restoring its item', async () => {
    const { user } = setup();
    await twoByTwo(user);
    await user.click(screen.getByRole('button', { name: '＋ 添加 WT 防御型对策' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '内部因素（劣势 W）' }), 'W1 · 不会排班');
    await user.selectOptions(screen.getByRole('combobox', { name: '外部因素（威胁 T）' }), 'T1 · 大促翻倍');
    await user.click(screen.getByRole('button', { name: '删除 W1' }));
    expect(screen.getByRole('status')).toHaveTextContent('有 1 条对策引用它');
    const cell = screen.getByRole('region', { name: 'WT 防御型' });
    expect(within(cell).getByText('W?/T1')).toBeInTheDocument();
    expect(within(cell).getByRole('option', { name: '（原条目已删除）' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(within(cell).getByText('W1/T1')).toBeInTheDocument();
  });

  it('deletes a strategy and restores it with undo', async () => {
    const { user } = setup();
    await twoByTwo(user);
    await user.click(screen.getByRole('button', { name: '＋ 添加 SO 增长型对策' }));
    await user.type(screen.getByRole('textbox', { name: '对策行动' }), '要撤回的对策');
    await user.click(screen.getByRole('button', { name: '删除对策 S?/O?' }));
    expect(screen.queryByRole('textbox', { name: '对策行动' })).toBeNull();
    expect(screen.getByRole('button', { name: '＋ 添加 SO 增长型对策' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(screen.getByRole('textbox', { name: '对策行动' })).toHaveValue('要撤回的对策');
  });
});

describe('the analysis as a whole', () => {
  it('keeps scope, title, date and goal', async () => {
    const { user } = setup();
    const title = screen.getByRole('textbox', { name: '分析名称' });
    await user.clear(title);
    await user.type(title, '团队体检');
    await user.click(screen.getByRole('radio', { name: '团队' }));
    const date = screen.getByLabelText('日期');
    await user.clear(date);
    await user.type(date, '2026-03-15');
    await user.type(screen.getByRole('textbox', { name: '目标' }), '接通率到 90%');
    reload();
    expect(screen.getByRole('textbox', { name: '分析名称' })).toHaveValue('团队体检');
    expect(screen.getByRole('radio', { name: '团队' })).toBeChecked();
    expect(screen.getByLabelText('日期')).toHaveValue('2026-03-15');
    expect(screen.getByRole('textbox', { name: '目标' })).toHaveValue('接通率到 90%');
  });

  it('dates a new analysis today', () => {
    vi.setSystemTime(new Date(2026, 4, 6, 9));
    setup();
    expect(screen.getByLabelText('日期')).toHaveValue('2026-05-06');
  });

  it('keeps several analyses, and deletes one with undo', async () => {
    const { user } = setup();
    await addItem(user, '优势', '第一份的优势');
    await user.click(screen.getByRole('button', { name: '新建分析' }));
    expect(screen.getByRole('textbox', { name: '分析名称' })).toHaveFocus();
    expect(screen.queryByRole('textbox', { name: '优势 S1' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '删除当前分析' }));
    expect(screen.getByRole('status')).toHaveTextContent('已删除分析「我的 SWOT 分析（2）」。');
    expect(item('优势 S1')).toHaveValue('第一份的优势');
    await user.click(screen.getByRole('button', { name: '撤销' }));
    const select = screen.getByRole('combobox', { name: /^当前分析/ });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['我的 SWOT 分析', '我的 SWOT 分析（2）']);
    expect(select).toHaveValue(
      screen.getByRole('option', { name: '我的 SWOT 分析（2）' }).getAttribute('value'),
    );
  });

  it('duplicates the analysis on screen with its items and strategies', async () => {
    const { user } = setup();
    await addItem(user, '优势', '熟悉质检');
    await addItem(user, '机会', '讲师营');
    await user.click(screen.getByRole('button', { name: '＋ 添加 SO 增长型对策' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '内部因素（优势 S）' }), 'S1 · 熟悉质检');
    await user.selectOptions(screen.getByRole('combobox', { name: '外部因素（机会 O）' }), 'O1 · 讲师营');
    await user.click(screen.getByRole('button', { name: '复制当前分析' }));
    expect(screen.getByRole('status')).toHaveTextContent('已复制为「我的 SWOT 分析（副本）」。');
    expect(screen.getByRole('textbox', { name: '分析名称' })).toHaveValue('我的 SWOT 分析（副本）');
    expect(item('优势 S1')).toHaveValue('熟悉质检');
    expect(within(screen.getByRole('region', { name: 'SO 增长型' })).getByText('S1/O1')).toBeInTheDocument();
    await user.clear(item('优势 S1'));
    await user.type(item('优势 S1'), '只改副本');
    await user.selectOptions(screen.getByRole('combobox', { name: /^当前分析/ }), '我的 SWOT 分析');
    expect(item('优势 S1')).toHaveValue('熟悉质检');
  });

  it('loads the example, marked 示例, with strategies citing its items', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: '载入示例分析' }));
    expect(screen.getByText('示例', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '分析名称' })).toHaveValue(`示例：${example.title}`);
    expect(item('优势 S1')).toHaveValue(example.items.S[0]);
    expect(within(screen.getByRole('region', { name: 'SO 增长型' })).getByText('S3/O3')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: '还没有对策用到的条目' })).getByText('W2'),
    ).toBeInTheDocument();
  });

  it('exports the analysis as Markdown text', async () => {
    const { user } = setup();
    const title = screen.getByRole('textbox', { name: '分析名称' });
    await user.clear(title);
    await user.type(title, '导出测试');
    await addItem(user, '优势', '<b>粗体</b>');
    await user.click(screen.getByRole('button', { name: '导出 Markdown' }));
    const [file, text] = vi.mocked(downloadText).mock.calls[0]!;
    expect(file).toMatch(/^SWOT-导出测试-\d{4}-\d{2}-\d{2}\.md$/);
    expect(text).toContain('# SWOT 分析：导出测试');
    expect(text).toContain('- **S1** &lt;b>粗体&lt;/b>');
    expect(screen.getByRole('status')).toHaveTextContent(`已生成「${file}」`);
  });

  it('prints the exercise alone, as a sheet with the learner’s text', async () => {
    const { user, container } = setup();
    await addItem(user, '威胁', '大促翻倍');
    await user.click(screen.getByRole('button', { name: '打印（A4 一页）' }));
    const target = vi.mocked(printElement).mock.calls[0]![0];
    expect(target).toBe(container.querySelector('section.swot'));
    expect(target.querySelector('.sheet')?.textContent).toContain('T1 大促翻倍');
  });

  it('shows an edit made in another tab', async () => {
    setup();
    const data = blankSwot('2026-05-01');
    data.items.O = [{ id: 'other', text: '来自另一个标签页' }];
    const at = '2026-05-01T08:00:00.000Z';
    openSwot().set({
      sheets: [{ id: 'tab', title: '另一个标签页的分析', createdAt: at, updatedAt: at, data }],
      activeId: 'tab',
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(screen.getByRole('textbox', { name: '机会 O1' })).toHaveValue('来自另一个标签页');
  });

  it('opens the analyses saved before the update (stored form version 1) as they were', async () => {
    localStorage.setItem('cs-course:ex:swot', JSON.stringify(v1));
    const { user } = setup();
    const select = screen.getByRole('combobox', { name: /^当前分析/ });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['我的竞聘准备', '示例：在线客服组长的个人 SWOT（示例）']);
    expect(screen.getByRole('textbox', { name: '分析名称' })).toHaveValue('示例：在线客服组长的个人 SWOT');
    expect(screen.getByText('示例', { selector: '.badge' })).toBeInTheDocument();
    await user.selectOptions(select, '我的竞聘准备');
    expect(screen.getByLabelText('日期')).toHaveValue('2026-03-15');
    expect(item('优势 S2')).toHaveValue('组员愿意找我商量');
    const cell = screen.getByRole('region', { name: 'WO 扭转型' });
    expect(within(cell).getByText('W1/O1')).toBeInTheDocument();
    expect(within(cell).getByRole('textbox', { name: '对策行动' })).toHaveValue(
      '本周申请试点，9 月底前独立排出一个月的班',
    );
  });

  it('grows for a projected slide', () => {
    const { container } = render(SwotMatrix, {
      props: { example: example as SwotExample, presenting: true },
    });
    expect(container.querySelector('section.swot')).toHaveClass('presenting');
  });
});
