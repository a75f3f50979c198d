import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import GoldenCircleBuilder from '../../src/islands/golden-circle/GoldenCircleBuilder.svelte';
import { closeAllDocuments } from '../../src/lib/state/document';
import { openGoldenCircles } from '../../src/lib/golden-circle/exercise';
import content from '../../content/golden-circle/example.json';
import v1 from '../fixtures/v1/golden-circle.json';

const props = { prompts: content.prompts, example: content.example };

function setup() {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const view = render(GoldenCircleBuilder, { props });
  return { user, ...view };
}

/** A reload: the page goes away (saving what is pending), stores are reopened from storage. */
function reload() {
  cleanup();
  closeAllDocuments();
  return setup();
}

const field = (name: RegExp) => screen.getByRole('textbox', { name });
const why = () => field(/^Why/);
const how = () => field(/^How/);
const what = () => field(/^What/);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  // Unmount while timers are still fake, and let the stores finish unmounting (nanostores
  // waits a second), so no timer fires after the test environment is gone.
  cleanup();
  vi.advanceTimersByTime(1500);
  vi.useRealTimers();
});

describe('writing a golden circle', () => {
  it('draws each ring from the learner’s text and lists the full text beside it', async () => {
    const { user, container } = setup();
    await user.type(what(), '质检表新增一项');
    await user.type(why(), '让客户打一次电话就安心');
    const diagram = screen.getByRole('img', { name: /黄金圈图示/ });
    expect(diagram.textContent).toContain('质检表新增一项');
    expect(diagram.textContent).toContain('让客户打一次电话');
    const full = screen.getByRole('region', { name: '圆环里的完整文字' });
    expect(within(full).getByText('让客户打一次电话就安心')).toBeInTheDocument();
    expect(container.querySelector('.line')).not.toBeNull();
  });

  it('keeps every ring after a reload', async () => {
    const { user } = setup();
    await user.type(what(), '三周带教计划');
    await user.type(how(), '师傅一对一');
    await user.type(why(), '让新人站稳');
    vi.advanceTimersByTime(1000);
    reload();
    expect(what()).toHaveValue('三周带教计划');
    expect(how()).toHaveValue('师傅一对一');
    expect(why()).toHaveValue('让新人站稳');
  });

  it('shows the guiding questions for each ring', () => {
    setup();
    for (const prompt of [content.prompts.why[0]!, content.prompts.how[0]!, content.prompts.what[0]!]) {
      expect(screen.getByText(prompt)).toBeInTheDocument();
    }
  });

  it('shows learner text literally, never as HTML', async () => {
    const { user, container } = setup();
    await user.type(why(), '<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByText(/<img src=x onerror=alert\(1\)>/).length).toBeGreaterThan(0);
  });
});

describe('gentle guidance', () => {
  it('encourages the learner to fill an empty ring without blocking anything', () => {
    setup();
    expect(screen.getByText(/Why 最难写/)).toBeInTheDocument();
    expect(why()).not.toHaveAttribute('aria-invalid');
  });

  it('notices a Why written as a metric', async () => {
    const { user } = setup();
    await user.type(why(), '满意度达到 95%');
    expect(screen.getByText(/读起来像一个指标/)).toBeInTheDocument();
  });

  it('notices an over-long field, keeps all of it, and says the ring shows only the start', async () => {
    const { user } = setup();
    const long = '为了让每一位打进来的客户都能感到被认真对待并且一次就把问题解决好不用再打第二次电话';
    await user.type(why(), long);
    expect(screen.getByText(/比建议的 40 字长/)).toBeInTheDocument();
    expect(why()).toHaveValue(long);
    expect(screen.getByText(/圆环里只显示了开头/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /黄金圈图示/ }).textContent).toContain('…');
  });
});

describe('saying it inside out', () => {
  it('shows the usual What → How → Why order beside the Why → How → What message', async () => {
    const { user } = setup();
    await user.type(what(), '做A');
    await user.type(how(), '用B');
    await user.type(why(), '为了C');
    const usual = screen.getByRole('region', { name: /常见说法：由外而内/ });
    const inspiring = screen.getByRole('region', { name: /激励人心：由内而外/ });
    const order = (el: HTMLElement) =>
      within(el)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.trim().slice(0, 4));
    expect(order(usual)).toEqual(['What', 'How ', 'Why ']);
    expect(order(inspiring)).toEqual(['Why ', 'How ', 'What']);
    expect(
      within(inspiring).getByText(
        '我们为什么做这件事：为了C。所以我们会这样做：用B。具体来说，要做的是：做A。',
      ),
    ).toBeInTheDocument();
  });
});

describe('several named circles', () => {
  it('creates and renames circles, each with its own text', async () => {
    const { user } = setup();
    await user.type(what(), '第一个');
    await user.click(screen.getByRole('button', { name: '新建黄金圈' }));
    expect(what()).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent('已新建「我的黄金圈（2）」。');
    const name = screen.getByRole('textbox', { name: '黄金圈名称' });
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.type(name, '团队宣言');
    const select = screen.getByRole('combobox', { name: /^当前黄金圈/ });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['我的黄金圈', '团队宣言']);
    await user.selectOptions(select, '我的黄金圈');
    expect(what()).toHaveValue('第一个');
  });

  it('duplicates the circle on screen', async () => {
    const { user } = setup();
    await user.type(how(), '先共情再解决');
    await user.click(screen.getByRole('button', { name: '复制当前黄金圈' }));
    expect(screen.getByRole('textbox', { name: '黄金圈名称' })).toHaveValue('我的黄金圈（副本）');
    expect(screen.getByRole('status')).toHaveTextContent('已复制为「我的黄金圈（副本）」。');
    expect(how()).toHaveValue('先共情再解决');
    await user.click(screen.getByRole('button', { name: '复制当前黄金圈' }));
    expect(screen.getByRole('textbox', { name: '黄金圈名称' })).toHaveValue('我的黄金圈（副本 2）');
  });

  it('deletes a circle and brings it back with undo, also after a reload', async () => {
    const { user } = setup();
    await user.type(what(), '要留下的');
    await user.click(screen.getByRole('button', { name: '删除当前黄金圈' }));
    expect(screen.getByRole('status')).toHaveTextContent('已删除黄金圈「我的黄金圈」。');
    // The last one gone, a blank circle takes its place (stored only once the learner types).
    expect(what()).toHaveValue('');
    expect(
      within(screen.getByRole('combobox', { name: /^当前黄金圈/ }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['我的黄金圈']);
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(what()).toHaveValue('要留下的');
    expect(screen.getByRole('status')).toHaveTextContent('已恢复「我的黄金圈」。');
    expect(within(screen.getByRole('combobox', { name: /^当前黄金圈/ })).getAllByRole('option')).toHaveLength(
      1,
    );
    vi.advanceTimersByTime(1000);
    reload();
    expect(what()).toHaveValue('要留下的');
  });

  it('loads the worked example, clearly marked 示例', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: '载入示例黄金圈' }));
    expect(screen.getByText('示例', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: `示例：${content.example.name}（示例）` })).toBeInTheDocument();
    expect(why()).toHaveValue(content.example.why);
  });
});

/** What another tab stores: one circle whose What is `what`. */
const fromOtherTab = (what: string) => ({
  sheets: [
    {
      id: 'other',
      title: '另一个标签页的黄金圈',
      createdAt: '2026-05-01T08:00:00.000Z',
      updatedAt: '2026-05-01T08:00:00.000Z',
      data: { why: '', how: '', what },
    },
  ],
  activeId: 'other',
});

describe('the builder on a page', () => {
  it('shows an edit made in another tab', async () => {
    setup();
    openGoldenCircles().set(fromOtherTab('另一个标签页写的'));
    await vi.advanceTimersByTimeAsync(10);
    expect(what()).toHaveValue('另一个标签页写的');
    expect(screen.getByRole('textbox', { name: '黄金圈名称' })).toHaveValue('另一个标签页的黄金圈');
  });

  it('does not let another tab overwrite what the learner is still typing', async () => {
    const { user } = setup();
    await user.type(what(), '我正在写');
    openGoldenCircles().set(fromOtherTab('旧的'));
    await vi.advanceTimersByTimeAsync(10);
    expect(what()).toHaveValue('我正在写');
  });

  it('opens the circles saved before the update (stored form version 1) as they were', async () => {
    localStorage.setItem('cs-course:ex:golden-circle', JSON.stringify(v1));
    const { user } = setup();
    const select = screen.getByRole('combobox', { name: /^当前黄金圈/ });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['推行新的质检标准', '未命名黄金圈', '示例：新人带教（示例）']);
    expect(why()).toHaveValue('让客户打一次电话就安心');
    await user.selectOptions(select, '未命名黄金圈');
    expect(how()).toHaveValue('师傅一对一');
  });

  it('grows for a projected slide', () => {
    const { container } = render(GoldenCircleBuilder, { props: { ...props, presenting: true } });
    expect(container.querySelector('section.golden')).toHaveClass('presenting');
  });
});
