/**
 * A QR reader for the trainer's camera: the browser's own `BarcodeDetector` where it has
 * one that reads QR codes, else the zxing-wasm polyfill. Both the polyfill and its
 * WebAssembly load only when the scanner opens, and the wasm comes from this site (the
 * polyfill would fetch it from a CDN by default, which the site never calls).
 */
export interface QrReader {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

interface NativeDetector {
  new (options: { formats: string[] }): QrReader;
  getSupportedFormats?: () => Promise<string[]>;
}

export async function createQrReader(): Promise<QrReader> {
  const native = (globalThis as { BarcodeDetector?: NativeDetector }).BarcodeDetector;
  if (native) {
    try {
      if ((await native.getSupportedFormats?.())?.includes('qr_code'))
        return new native({ formats: ['qr_code'] });
    } catch {
      // Fall through to the polyfill.
    }
  }
  const [{ BarcodeDetector, prepareZXingModule }, { default: wasmUrl }] = await Promise.all([
    import('barcode-detector/ponyfill'),
    import('zxing-wasm/reader/zxing_reader.wasm?url'),
  ]);
  prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
    },
    fireImmediately: false,
  });
  return new BarcodeDetector({ formats: ['qr_code'] }) as unknown as QrReader;
}
