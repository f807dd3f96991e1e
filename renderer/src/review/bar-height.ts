/**
 * Keeps the CSS custom property `name` on the page's root equal to `bar`'s height while the bar is shown, so the sticky
 * bars stacked below it (the review's tab bar, the grid's level headings) stop at its foot even when its text wraps
 * and it grows (200% zoom, a narrow window). Until it is measured, and after `stop`, app.css's one-line value applies.
 */
export function trackBarHeight(bar: Element, name: string): () => void {
  const root = document.documentElement;
  const observer = new ResizeObserver(() => root.style.setProperty(name, `${bar.getBoundingClientRect().height}px`));
  observer.observe(bar);
  return () => {
    observer.disconnect();
    root.style.removeProperty(name);
  };
}
