import { describe, expect, it } from 'vitest';
import { SafeStorage, persistentEngine } from '../../../src/lib/state/storage';
import { FakeStorage } from './fake-storage';

describe('SafeStorage', () => {
  it('stores in the browser while it can', () => {
    const backend = new FakeStorage();
    const storage = new SafeStorage(backend);
    storage.setItem('cs-course:a', '1');
    expect(backend.getItem('cs-course:a')).toBe('1');
    expect(storage.health.get()).toEqual({ mode: 'local' });
  });

  it('works in memory when storage is missing and says so', () => {
    const storage = new SafeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    storage.setItem('cs-course:a', '1');
    expect(storage.getItem('cs-course:a')).toBe('1');
    expect(storage.health.get()).toEqual({ mode: 'memory', fault: 'unavailable' });
  });

  it('keeps everything, old and new, when the disk fills up', () => {
    const backend = new FakeStorage();
    const storage = new SafeStorage(backend);
    storage.setItem('cs-course:old', 'kept');
    backend.failWrites = 'quota';
    expect(() => storage.setItem('cs-course:new', 'typed')).not.toThrow();
    expect(storage.health.get()).toEqual({ mode: 'memory', fault: 'quota' });
    expect(storage.getItem('cs-course:old')).toBe('kept');
    expect(storage.getItem('cs-course:new')).toBe('typed');
    expect(storage.keys()).toEqual(['cs-course:new', 'cs-course:old']);
  });

  it('never overwrites a held key in the browser', () => {
    const backend = new FakeStorage();
    backend.setItem('cs-course:x', 'from a newer site');
    const storage = new SafeStorage(backend);
    storage.hold('cs-course:x');
    storage.setItem('cs-course:x', 'mine');
    expect(backend.getItem('cs-course:x')).toBe('from a newer site');
    expect(storage.getItem('cs-course:x')).toBe('mine');
  });

  it('lists only keys under the prefix', () => {
    const backend = new FakeStorage();
    backend.setItem('other-site', '1');
    const storage = new SafeStorage(backend);
    storage.setItem('cs-course:b', '2');
    expect(storage.keys()).toEqual(['cs-course:b']);
  });

  it('looks like a plain object to @nanostores/persistent', () => {
    const storage = new SafeStorage(new FakeStorage());
    const engine = persistentEngine(storage);
    engine['cs-course:k'] = 'v';
    expect('cs-course:k' in engine).toBe(true);
    expect(engine['cs-course:k']).toBe('v');
    expect(Object.keys(engine)).toEqual(['cs-course:k']);
    delete engine['cs-course:k'];
    expect('cs-course:k' in engine).toBe(false);
  });
});
