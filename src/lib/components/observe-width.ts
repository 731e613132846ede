import type { Attachment } from 'svelte/attachments';

/**
 * Report an element's content width whenever it changes. It reads the width the
 * ResizeObserver already measured instead of `clientWidth`, which would force a layout of
 * the page each time a chart's height changes (Svelte's bind:clientWidth does that).
 */
export function observeWidth(onWidth: (width: number) => void): Attachment<HTMLElement> {
  return (element) => {
    let last = -1;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width !== last) {
        last = width;
        onWidth(width);
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  };
}
