/**
 * Prints one element on its own (a worksheet, an analysis) without the rest of the page.
 * The global print stylesheet hides everything but the element marked here.
 */
export function printElement(element: HTMLElement): void {
  const root = document.documentElement;
  element.setAttribute('data-print-target', '');
  root.classList.add('print-one');
  const done = () => {
    element.removeAttribute('data-print-target');
    root.classList.remove('print-one');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
  // Some browsers print synchronously and never fire afterprint.
  setTimeout(done, 1000);
}
