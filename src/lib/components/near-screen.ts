import type { Attachment } from 'svelte/attachments';
import type { ViewQuery } from '../state/view-query.svelte';

/**
 * How far outside the window a card counts as near the screen: its views are asked while the
 * user scrolls towards it, so it is usually drawn before it shows.
 */
const MARGIN = '300px 0px';

const watched = new Map<Element, readonly ViewQuery[]>();
let observer: IntersectionObserver | undefined;
/** Whether the page's first cards have been placed (the observer reported once). */
let placed = false;

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      placed = true;
      for (const entry of entries) for (const view of watched.get(entry.target) ?? []) view.setNearScreen(entry.isIntersecting);
    },
    { rootMargin: MARGIN }
  );
  return observer;
}

/**
 * Tells `views` whether the element they are drawn in is near the screen (one observer for
 * every card). Where the browser has no IntersectionObserver the views are always asked.
 */
export function nearScreen(...views: ViewQuery[]): Attachment<HTMLElement> {
  return (element) => {
    if (typeof IntersectionObserver === 'undefined') return;
    // The page's first cards (all mounted at once, most below the fold) are not asked until
    // the observer's first report, the next frame; the page is not ready meanwhile. A card
    // that appears later (the pemda chart, on a province click) comes where the user looks:
    // it is asked at once, in the click's round, and the report corrects it if it is not near.
    for (const view of views) view.setNearScreen(placed ? true : 'unknown');
    watched.set(element, views);
    sharedObserver().observe(element);
    return () => {
      observer?.unobserve(element);
      watched.delete(element);
    };
  };
}
