// <cite-copy>: a citation or embed code (src/lib/citation-html.ts) made ready to copy. The build
// cannot know the reader's date, nor, without LAOQU_SITE, the site's address: both are filled in
// here, when the page is read and again at each copy. Without JavaScript the text stands as built.
import { absoluteUrl, localDate } from '../lib/citation.ts';
import { COPIED_NOTICE_MS, copyText } from '../lib/client/copy-text.ts';


export class CiteCopyElement extends HTMLElement {
  connectedCallback() {
    this.complete();
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button.copy-button');
      if (button) void this.copy(button);
    });
  }

  /** Fills the address and the access date, and shows the copy buttons. Called again after the lines are replaced. */
  complete() {
    for (const slot of this.querySelectorAll<HTMLElement>('[data-slot="url"]')) slot.textContent = absoluteUrl(slot.textContent ?? '', location.origin);
    for (const slot of this.querySelectorAll<HTMLElement>('[data-slot="accessed"]')) slot.textContent = localDate(new Date());
    for (const button of this.querySelectorAll<HTMLButtonElement>('button.copy-button')) button.hidden = false;
  }

  private async copy(button: HTMLButtonElement) {
    this.complete();
    const text = button.closest('.citation-line')?.querySelector('.citation-text')?.textContent ?? '';
    const ok = await copyText(text.trim());
    const label = button.dataset['label'] ?? button.textContent ?? '';
    button.dataset['label'] = label;
    button.textContent = ok ? '已复制' : '复制失败';
    button.classList.toggle('is-copied', ok);
    announce(ok ? '已复制 / Copied' : '复制失败，请手动选择文字 / Select the text to copy');
    window.setTimeout(() => {
      button.textContent = label;
      button.classList.remove('is-copied');
    }, COPIED_NOTICE_MS);
  }
}

/** One polite live region for the page, emptied again so a notice never stays. */
function announce(text: string) {
  let region = document.getElementById('copy-announcer');
  if (!region) {
    region = Object.assign(document.createElement('p'), { id: 'copy-announcer', className: 'visually-hidden' });
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  region.textContent = text;
  window.setTimeout(() => {
    if (region.textContent === text) region.textContent = '';
  }, COPIED_NOTICE_MS);
}

if (!customElements.get('cite-copy')) customElements.define('cite-copy', CiteCopyElement);
