import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import NotesWorksheet from './fixtures/NotesWorksheet.svelte';
import { openNotes } from './fixtures/notes-worksheet';
import { autosavedIsland } from './autosaved';

beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
afterEach(() => vi.useRealTimers());

const { setup, reload } = autosavedIsland(NotesWorksheet);
const texts = () => screen.queryAllByLabelText(/^步骤 \d 内容$/).map((el) => (el as HTMLInputElement).value);

describe('shared worksheet parts', () => {
  it('stores nothing until the learner types, then keeps the sheet across a reload', async () => {
    const user = setup();
    expect(localStorage.length).toBe(0);
    await user.click(screen.getByRole('button', { name: /添加步骤/ }));
    await user.type(screen.getByLabelText('步骤 1 内容'), '先倾听');
    reload();
    expect(texts()).toEqual(['先倾听']);
    expect(openNotes().get().sheets).toHaveLength(1);
  });

  it('adds, moves by keyboard and deletes items with undo', async () => {
    const user = setup();
    for (const text of ['一', '二', '三']) {
      await user.click(screen.getByRole('button', { name: /添加步骤/ }));
      await user.type(screen.getAllByLabelText(/^步骤 \d 内容$/).at(-1)!, text);
    }
    const up = screen.getByRole('button', { name: '上移第 3 个步骤' });
    up.focus();
    await user.keyboard('{Enter}');
    expect(texts()).toEqual(['一', '三', '二']);
    expect(screen.getByText('第 3 个步骤已移到第 2 位。')).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '上移第 2 个步骤' }));
    await user.keyboard('{Enter}');
    expect(texts()).toEqual(['三', '一', '二']);
    await user.keyboard('{Enter}');
    expect(texts()).toEqual(['三', '一', '二']);

    await user.click(screen.getByRole('button', { name: '删除第 2 个步骤' }));
    expect(texts()).toEqual(['三', '二']);
    expect(screen.getByText('已删除第 2 个步骤。')).toBeInTheDocument();
    expect(document.activeElement).toHaveTextContent('撤销');
    await user.keyboard('{Enter}');
    expect(texts()).toEqual(['三', '一', '二']);
    reload();
    expect(texts()).toEqual(['三', '一', '二']);
  });

  it('creates, renames, duplicates and deletes sheets, with undo', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /添加步骤/ }));
    await user.type(screen.getByLabelText('步骤 1 内容'), '原稿');
    const name = screen.getByLabelText('工作表名称');
    await user.clear(name);
    await user.type(name, '一月');
    await user.click(screen.getByRole('button', { name: '复制' }));
    expect(screen.getByText('已复制为「一月（副本）」。')).toBeInTheDocument();
    expect(texts()).toEqual(['原稿']);
    await user.type(screen.getByLabelText('步骤 1 内容'), '改');
    await user.click(screen.getByRole('button', { name: '新建' }));
    expect(texts()).toEqual([]);
    const select = screen.getByLabelText(/当前工作表/);
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['一月', '一月（副本）', '笔记']);

    await user.selectOptions(select, '一月');
    expect(texts()).toEqual(['原稿']);
    await user.click(screen.getByRole('button', { name: '删除' }));
    expect(screen.getByText('已删除工作表「一月」。')).toBeInTheDocument();
    expect(within(select).getAllByRole('option')).toHaveLength(2);
    expect(texts()).toEqual(['原稿改']);
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(texts()).toEqual(['原稿']);
    reload();
    expect(within(screen.getByLabelText(/当前工作表/)).getAllByRole('option')).toHaveLength(3);
    expect(texts()).toEqual(['原稿']);
  });

  it('loads the example as a new sheet marked 示例, leaving the learner’s sheet alone', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /添加步骤/ }));
    await user.type(screen.getByLabelText('步骤 1 内容'), '我的');
    await user.click(screen.getByRole('button', { name: '载入示例' }));
    expect(texts()).toEqual(['示例步骤']);
    expect(screen.getByText(/这是一份示例工作表/)).toBeInTheDocument();
    expect(screen.getByRole('option', { name: '示例笔记（示例）' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/当前工作表/), '笔记');
    expect(texts()).toEqual(['我的']);
    expect(screen.queryByText(/这是一份示例工作表/)).toBeNull();
  });

  it('deleting the only sheet leaves a blank one, and undo brings back just the deleted one', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /添加步骤/ }));
    await user.type(screen.getByLabelText('步骤 1 内容'), '唯一');
    await user.click(screen.getByRole('button', { name: '删除' }));
    expect(texts()).toEqual([]);
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(texts()).toEqual(['唯一']);
    expect(within(screen.getByLabelText(/当前工作表/)).getAllByRole('option')).toHaveLength(1);
  });

  it('shows an edit made in another tab', async () => {
    setup();
    const store = openNotes();
    store.set({
      sheets: [
        {
          id: 's',
          title: '别处',
          createdAt: 'x',
          updatedAt: 'x',
          data: { steps: [{ id: 'i', text: '来自另一个标签页' }] },
        },
      ],
      activeId: 's',
    });
    await vi.waitFor(() => expect(texts()).toEqual(['来自另一个标签页']));
  });
});
