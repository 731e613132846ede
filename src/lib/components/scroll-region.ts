import type { Attachment } from 'svelte/attachments';

/**
 * A table's horizontal scroll box is reachable with the keyboard while it actually scrolls
 * (WCAG 2.1.1; axe-core: scrollable-region-focusable), and out of the tab order otherwise.
 */
export const keyboardScroll: Attachment<HTMLElement> = (element) => {
  const update = () => {
    if (element.scrollWidth > element.clientWidth) element.setAttribute('tabindex', '0');
    else element.removeAttribute('tabindex');
  };
  const observer = new ResizeObserver(update);
  observer.observe(element);
  if (element.firstElementChild) observer.observe(element.firstElementChild);
  // No first update() here: reading scrollWidth while the page is being built forces a
  // layout of the whole page; a ResizeObserver reports every observed element once after
  // the next layout anyway.
  return () => observer.disconnect();
};
