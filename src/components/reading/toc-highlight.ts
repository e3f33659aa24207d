// Marks the "on this page" link of the section being read (aria-current), so the rail shows
// where the reader is. Loaded on the first scroll: a page read from its top needs no mark.
const links = [...document.querySelectorAll<HTMLAnchorElement>('nav.toc a[href^="#"]')];
const sections = links
  .map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
  .filter((s): s is { link: HTMLAnchorElement; heading: HTMLElement } => s.heading !== null);

/** The section whose heading last passed a line a fifth of the way down the viewport. */
function mark() {
  const line = innerHeight / 5;
  let reading: HTMLAnchorElement | undefined;
  for (const { link, heading } of sections) if (heading.getBoundingClientRect().top <= line) reading = link;
  // At the very bottom the last section is the one being read, however short it is.
  if (innerHeight + scrollY >= document.documentElement.scrollHeight - 2) reading = sections.at(-1)?.link;
  for (const { link } of sections) {
    if (link === reading) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

let queued = false;
addEventListener('scroll', () => {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    mark();
  });
}, { passive: true });
mark();

export {};
