// Questions about the reader view asked inside the page (passed to Playwright's or Puppeteer's
// `page.evaluate`), shared by the Chromium and Firefox tests. Each function is self-contained:
// it is serialised into the page, so it may use nothing from this module.

export interface ButtonReport {
  name: string;
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** How many line boxes its label takes: 1 unless the label broke. */
  lines: number;
  visible: boolean;
}

export interface ReaderReport {
  open: boolean;
  theme: string | null;
  /** What has focus inside the view: `wrapper`, or the focused button's data-reader name. */
  focus: string | null;
  scrollTop: number;
  scrollMax: number;
  clientHeight: number;
  fontSize: number;
  lineHeight: number;
  fontFamily: string;
  articleWidth: number;
  background: string;
  color: string;
  stats: string | null;
  settingsOpen: boolean;
  contentsOpen: boolean;
  tocEntries: string[];
  viewport: { width: number; height: number };
  buttons: ButtonReport[];
}

/** The reader view as a reader finds it: focus, scroll, typography, toolbar and panel buttons. */
export function readerReport(): ReaderReport | null {
  const host = document.getElementById('zjol-reader-root');
  const root = host?.shadowRoot;
  if (!host || !root) return null;
  const wrapper = root.querySelector<HTMLElement>('.zr-reader');
  const article = root.querySelector<HTMLElement>('.zr-article');
  const paragraph = root.querySelector<HTMLElement>('.zr-body p');
  const active = root.activeElement as HTMLElement | null;
  const style = paragraph ? getComputedStyle(paragraph) : null;
  const lines = (el: Element): number => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    return tops.size;
  };
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('.zr-top button')].map((b) => {
    const r = b.getBoundingClientRect();
    return {
      name: b.dataset.reader + (b.dataset.theme ? `:${b.dataset.theme}` : '') + (b.dataset.font ? `:${b.dataset.font}` : ''),
      text: b.textContent ?? '',
      left: r.left,
      right: r.right,
      top: r.top,
      bottom: r.bottom,
      lines: lines(b),
      visible: r.width > 0 && r.height > 0 && b.checkVisibility({ visibilityProperty: true }),
    };
  });
  return {
    open: true,
    theme: wrapper?.dataset.theme ?? null,
    focus: active ? (active === wrapper ? 'wrapper' : (active.dataset.reader ?? active.tagName.toLowerCase())) : null,
    scrollTop: host.scrollTop,
    scrollMax: host.scrollHeight - host.clientHeight,
    clientHeight: host.clientHeight,
    fontSize: style ? parseFloat(style.fontSize) : 0,
    lineHeight: style ? parseFloat(style.lineHeight) : 0,
    fontFamily: style?.fontFamily ?? '',
    articleWidth: article?.getBoundingClientRect().width ?? 0,
    background: wrapper ? getComputedStyle(wrapper).backgroundColor : '',
    color: wrapper ? getComputedStyle(wrapper).color : '',
    stats: root.querySelector('[data-reader="stats"]')?.textContent ?? null,
    settingsOpen: root.querySelector<HTMLElement>('[data-reader="settings-panel"]')?.hidden === false,
    contentsOpen: root.querySelector<HTMLElement>('[data-reader="contents-panel"]')?.hidden === false,
    tocEntries: [...root.querySelectorAll('[data-reader="toc-entry"]')].map((b) => b.textContent ?? ''),
    viewport: { width: window.innerWidth, height: window.innerHeight },
    buttons,
  };
}

/** Clicks a button of the view by its data-reader name (and data-theme / data-font value). */
export function clickReader(name: string): boolean {
  const root = document.getElementById('zjol-reader-root')?.shadowRoot;
  const [reader, value] = name.split(':');
  const button = [...(root?.querySelectorAll<HTMLButtonElement>(`button[data-reader="${reader}"]`) ?? [])].find(
    (b) => value === undefined || b.dataset.theme === value || b.dataset.font === value,
  );
  button?.click();
  return button !== undefined;
}

/** Moves a slider of the settings panel (font-size, line-width, line-height) as a user would. */
export function setSlider([name, value]: [string, number]): boolean {
  const input = document.getElementById('zjol-reader-root')?.shadowRoot?.querySelector<HTMLInputElement>(`input[data-reader="${name}"]`);
  if (!input) return false;
  input.value = String(value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}

/** Scrolls the view so a body block is at the top (under the toolbar); returns the block's index. */
export function scrollToBlockIndex(index: number): number {
  const host = document.getElementById('zjol-reader-root')!;
  const root = host.shadowRoot!;
  const target = root.querySelectorAll<HTMLElement>('.zr-body [data-block]')[index]!;
  const covered = root.querySelector('.zr-top')!.getBoundingClientRect().height;
  host.scrollTop += target.getBoundingClientRect().top - covered;
  host.dispatchEvent(new Event('scroll'));
  return Number(target.dataset.block);
}

/** The body block at the top of the view (under the toolbar). */
export function topBlock(): number | null {
  const host = document.getElementById('zjol-reader-root');
  const root = host?.shadowRoot;
  if (!host || !root) return null;
  const covered = root.querySelector('.zr-top')!.getBoundingClientRect().height;
  for (const block of root.querySelectorAll<HTMLElement>('.zr-body [data-block]')) {
    if (block.getBoundingClientRect().bottom > covered + 1) return Number(block.dataset.block);
  }
  return null;
}

/** The text of what the named CSS highlight (CSS Custom Highlight API) lights up now, or null. */
export function highlightedText(name: string): string | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  const highlight = registry?.get(name);
  if (!highlight) return null;
  return [...highlight].map((range) => range.toString()).join('');
}
