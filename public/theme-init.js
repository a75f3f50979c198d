// Sets the theme before the first paint, so a page never flashes the other theme. A file
// rather than an inline script, so a host that sends the site's CSP as a header runs it.
(function () {
  var t = null;
  try {
    t = localStorage.getItem('cs-course:theme');
  } catch (e) {}
  var d = document.documentElement;
  if (t === 'light' || t === 'dark') d.dataset.theme = t;
  d.dataset.resolvedTheme =
    t === 'light' || t === 'dark' ? t : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  // A returning learner: the home page keeps room for its 继续学习 box from the first paint
  // (the box is filled after load), so the page does not shift when it appears.
  try {
    if (localStorage.getItem('cs-course:last')) d.dataset.returning = '';
  } catch (e) {}
})();
