import { describe, expect, it } from 'vitest';
import { cleanDeviceLabel, deviceLabel } from '../../../src/lib/backup/device';

describe('the device an export names', () => {
  it.each([
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
      0,
      'Windows 电脑 · Edge',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      0,
      'Windows 电脑 · Chrome',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      0,
      'Mac 电脑 · Safari',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      5,
      'iPad · Safari',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      5,
      'iPhone · Safari',
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
      5,
      'Android 手机 · Chrome',
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; V2241A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.49',
      5,
      'Android 手机 · 微信',
    ],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0', 0, 'Linux 电脑 · Firefox'],
    ['', 0, '未知设备 · 浏览器'],
  ])('%s → %s', (ua, touch, label) => {
    expect(deviceLabel(ua, touch)).toBe(label);
  });

  it('reads a label from a file as one short line of text', () => {
    expect(cleanDeviceLabel('  iPhone\u202e · Safari\n')).toBe('iPhone · Safari');
    expect(cleanDeviceLabel({ name: 'x' })).toBeUndefined();
  });
});
