/** Input types where the learner types text, so letter keys, Space and arrows belong to them. */
const TEXT_INPUT =
  'input:not([type=button], [type=submit], [type=reset], [type=checkbox], [type=radio], [type=range], [type=color], [type=file], [type=image])';

/**
 * True when a key pressed on `target` is the learner typing: a text field, a text area, an
 * editable region or a text-like ARIA widget. Site-wide shortcuts (`/` for search, the
 * deck's Space and arrows) stand back then.
 */
export function isTyping(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  return (
    target.closest(
      `${TEXT_INPUT}, textarea, select, [contenteditable=""], [contenteditable="true"], [role=textbox], [role=combobox], [role=searchbox]`,
    ) !== null
  );
}
