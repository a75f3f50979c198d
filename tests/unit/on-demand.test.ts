import { describe, expect, it, vi } from 'vitest';
import { onDemand, warm } from '../../src/lib/on-demand';

describe('onDemand', () => {
  it('loads once, when first asked, and hands every caller the same result', async () => {
    const load = vi.fn(async () => ({ name: 'session' }));
    const get = onDemand(load);
    expect(load).not.toHaveBeenCalled();
    const [a, b] = await Promise.all([get(), get()]);
    expect(await get()).toBe(a);
    expect(b).toBe(a);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load instead of keeping the failure', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue('loaded');
    const get = onDemand(load);
    await expect(get()).rejects.toThrow('offline');
    await expect(get()).resolves.toBe('loaded');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('warm starts the load and swallows its failure (the click reports it)', async () => {
    const load = vi.fn(() => Promise.reject(new Error('offline')));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      warm(onDemand(load));
      await new Promise((resolve) => setImmediate(resolve));
      expect(load).toHaveBeenCalledTimes(1);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
