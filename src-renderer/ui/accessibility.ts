/**
 * What antd leaves in English or in the way of the keyboard, corrected once for the whole
 * page instead of at every call site (antd offers no setting for any of it):
 *
 * - icons are pictures named in English ("plus", "search", "down", "check-circle") that a
 *   screen reader reads before the label — an icon still bearing its own name is hidden
 *   from assistive technology; an icon given a Polish name (`aria-label="spełnione"`) stays;
 * - clear buttons ("×" in selects, date fields and inputs) are not Tab stops, so Tab goes
 *   from field to field, and they are named "Wyczyść"; the keyboard clears a select with
 *   Delete or Backspace and a date field by emptying its text;
 * - the step buttons of number fields are named in Polish (arrows step the value anyway);
 * - the pager's arrow buttons are named by their item's Polish title, and its page-number box
 *   ("Idź do", unnamed in antd's Polish locale) is named "Idź do strony";
 * - a search field's magnifier button is named "Szukaj" and is not a Tab stop (Enter in the
 *   field searches, and the results are one Tab away);
 * - Tab in an open select leaves the field without choosing the highlighted option (antd
 *   picks it silently, so a person tabbing through a form changed values they never chose);
 * - card and dialog titles are headings, one level below what encloses them (the screen's
 *   `<h1>`, a dialog, an outer card), so a screen-reader user can jump between sections;
 * - a table column's filter button (a funnel, nothing else) is named after its column;
 * - the calendar's month and year buttons are named by what they show ("lis", "2026"), as
 *   WCAG 2.5.3 asks of a visible label; what they do ("Wybierz miesiąc") becomes their
 *   description — antd names them by the action alone.
 *
 * A MutationObserver applies this to whatever antd renders, now and later; each fix is
 * idempotent, so re-applying it to a node changed by the fix itself changes nothing.
 */
const CLEAR_BUTTONS = '.ant-select-clear, .ant-picker-clear, .ant-input-clear-icon';
const CLEAR_LABEL = 'Wyczyść';
const STEP_LABELS: Record<string, string> = {
  'ant-input-number-action-up': 'Zwiększ wartość',
  'ant-input-number-action-down': 'Zmniejsz wartość',
};
const STEP_BUTTONS = Object.keys(STEP_LABELS)
  .map((cls) => `.${cls}`)
  .join(', ');
const PAGER_BUTTONS = '.ant-pagination li[title] > button, .ant-pagination li[title] > a';
const PAGE_JUMP = '.ant-pagination-options-quick-jumper input';
const PAGE_JUMP_LABEL = 'Idź do strony';
const ICONS = '.anticon';
const SEARCH_BUTTONS = '.ant-input-search-btn';
const SEARCH_LABEL = 'Szukaj';
const DIALOG_TITLES = '.ant-modal-title, .ant-modal-confirm-title';
const CARD_TITLES = '.ant-card-head-title';
const FILTER_BUTTONS = '.ant-table-filter-trigger';
const CALENDAR_HEADER_BUTTONS =
  '.ant-picker-year-btn, .ant-picker-month-btn, .ant-picker-decade-btn';
const ALL = [
  CLEAR_BUTTONS,
  STEP_BUTTONS,
  PAGER_BUTTONS,
  PAGE_JUMP,
  ICONS,
  SEARCH_BUTTONS,
  DIALOG_TITLES,
  CARD_TITLES,
  FILTER_BUTTONS,
  CALENDAR_HEADER_BUTTONS,
].join(', ');

function setAttribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** An antd icon still named after its picture ("plus", or nothing at all). */
function isDecorativeIcon(icon: Element): boolean {
  const label = icon.getAttribute('aria-label');
  return label === null || label === '' || icon.classList.contains(`anticon-${label}`);
}

/** 2 under the screen's `<h1>`, one more inside a dialog and for each card around the card. */
function headingLevel(title: Element): number {
  let level = 2;
  const card = title.closest('.ant-card');
  for (let outer = card?.parentElement?.closest('.ant-card'); outer;) {
    level += 1;
    outer = outer.parentElement?.closest('.ant-card');
  }
  if (card && title.closest('.ant-modal')) level += 1;
  return Math.min(level, 6);
}

function fix(element: Element): void {
  if (element.matches(PAGE_JUMP)) {
    setAttribute(element, 'aria-label', PAGE_JUMP_LABEL);
    return;
  }
  if (element.matches(FILTER_BUTTONS)) {
    const column = element.closest('th')?.querySelector('.ant-table-column-title')?.textContent;
    setAttribute(element, 'aria-label', column ? `Filtruj: ${column}` : 'Filtruj');
    return;
  }
  if (element.matches(CALENDAR_HEADER_BUTTONS)) {
    const action = element.getAttribute('aria-label');
    if (action) {
      setAttribute(element, 'title', action);
      element.removeAttribute('aria-label');
    }
    return;
  }
  if (element.matches(`${DIALOG_TITLES}, ${CARD_TITLES}`)) {
    setAttribute(element, 'role', 'heading');
    setAttribute(element, 'aria-level', String(headingLevel(element)));
    return;
  }
  if (element.matches(SEARCH_BUTTONS)) {
    setAttribute(element, 'tabindex', '-1');
    if (!element.getAttribute('aria-label')) setAttribute(element, 'aria-label', SEARCH_LABEL);
    return;
  }
  if (element.matches(ICONS)) {
    if (isDecorativeIcon(element)) setAttribute(element, 'aria-hidden', 'true');
    return;
  }
  if (element.matches(CLEAR_BUTTONS)) {
    setAttribute(element, 'tabindex', '-1');
    setAttribute(element, 'aria-label', CLEAR_LABEL);
    return;
  }
  if (element.matches(STEP_BUTTONS)) {
    const cls = Object.keys(STEP_LABELS).find((c) => element.classList.contains(c))!;
    setAttribute(element, 'aria-label', STEP_LABELS[cls]!);
    return;
  }
  if (element.matches(PAGER_BUTTONS)) {
    const title = element.parentElement?.getAttribute('title');
    if (title) setAttribute(element, 'aria-label', title);
  }
}

function fixTree(node: Node): void {
  if (!(node instanceof Element)) return;
  if (node.matches(ALL)) fix(node);
  node.querySelectorAll(ALL).forEach(fix);
}

/** Delete or Backspace in a select that shows a value and a clear button clears it. */
function clearSelectFromKeyboard(event: KeyboardEvent): void {
  if (event.key !== 'Delete' && event.key !== 'Backspace') return;
  const target = event.target;
  if (!(target instanceof HTMLInputElement) || target.value !== '') return;
  const select = target.closest('.ant-select');
  if (!select || select.classList.contains('ant-select-multiple')) return;
  const clear = select.querySelector<HTMLElement>('.ant-select-clear');
  if (!clear) return;
  event.preventDefault();
  clear.click();
}

/**
 * Runs in the capture phase on the root, before React's handlers below it: stopping the
 * event there keeps it from the select (which would choose an option and keep the focus)
 * while the browser still moves the focus on, and the select closes as it loses it.
 */
function tabLeavesOpenSelect(event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const target = event.target;
  if (!(target instanceof HTMLElement) || target.getAttribute('aria-expanded') !== 'true') return;
  if (target.closest('.ant-select')) event.stopPropagation();
}

/** Starts the corrections under `root`; returns what stops them. */
export function installAccessibilityFixes(root: HTMLElement): () => void {
  fixTree(root);
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'childList') m.addedNodes.forEach(fixTree);
      else if (m.target instanceof Element && m.target.matches(ALL)) fix(m.target);
      // A pager item's new title renames its button.
      else if (m.target instanceof Element && m.target.matches('.ant-pagination li[title]'))
        m.target.querySelectorAll(PAGER_BUTTONS).forEach(fix);
    }
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-label', 'tabindex', 'title'],
  });
  root.addEventListener('keydown', clearSelectFromKeyboard);
  root.addEventListener('keydown', tabLeavesOpenSelect, true);
  return () => {
    observer.disconnect();
    root.removeEventListener('keydown', clearSelectFromKeyboard);
    root.removeEventListener('keydown', tabLeavesOpenSelect, true);
  };
}
