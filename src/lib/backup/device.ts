/**
 * A short, readable name for the device an export comes from ("Android 手机 · Chrome"),
 * so the import on another device can say where the file was made. Read from the user
 * agent only; nothing identifying is kept.
 */

/** Longest device label an import file may carry; anything longer is cut. */
export const MAX_DEVICE_CHARS = 60;

/** The browser's everyday name, from the user agent. */
export function browserOf(ua: string): string {
  if (/MicroMessenger\//.test(ua)) return '微信';
  if (/EdgA?\/|EdgiOS\//.test(ua)) return 'Edge';
  if (/OPR\//.test(ua)) return 'Opera';
  if (/Firefox\/|FxiOS\//.test(ua)) return 'Firefox';
  if (/SamsungBrowser\//.test(ua)) return 'Samsung Internet';
  if (/Chrome\/|CriOS\/|Chromium\//.test(ua)) return 'Chrome';
  if (/Safari\//.test(ua)) return 'Safari';
  return '浏览器';
}

/** The kind of device, from the user agent (iPadOS shows itself as a Mac with a touch screen). */
export function systemOf(ua: string, maxTouchPoints = 0): string {
  if (/iPhone|iPod/.test(ua)) return 'iPhone';
  if (/iPad/.test(ua) || (/Macintosh/.test(ua) && maxTouchPoints > 1)) return 'iPad';
  if (/Android/.test(ua)) return /Mobile/.test(ua) ? 'Android 手机' : 'Android 平板';
  if (/HarmonyOS|OpenHarmony/.test(ua)) return '鸿蒙设备';
  if (/Windows/.test(ua)) return 'Windows 电脑';
  if (/Macintosh|Mac OS X/.test(ua)) return 'Mac 电脑';
  if (/CrOS/.test(ua)) return 'Chromebook';
  if (/Linux/.test(ua)) return 'Linux 电脑';
  return '未知设备';
}

/** "Windows 电脑 · Edge", "iPhone · Safari", "Android 手机 · 微信" … */
export function deviceLabel(userAgent: string, maxTouchPoints = 0): string {
  return `${systemOf(userAgent, maxTouchPoints)} · ${browserOf(userAgent)}`;
}

/** A device label from an import file, made safe to show: text only, one line, short; else undefined. */
export function cleanDeviceLabel(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_DEVICE_CHARS);
  return text || undefined;
}
