// <tb-copy-snippet>: a button that copies the embed code next to it (its messages come from the
// page, in the page's language). Without JavaScript the code
// stays visible and selectable in its text area.
class TbCopySnippet extends HTMLElement {
  connectedCallback() {
    const text = this.querySelector('textarea');
    const button = this.querySelector('button');
    const status = this.querySelector('.copy-status');
    if (!text || !button) return;
    // The code is written for the published site; on a preview, show the address it is served from.
    const url = text.dataset.url;
    if (url && new URL(url).origin !== location.origin)
      text.value = text.value.replaceAll(new URL(url).origin, location.origin);
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text.value);
        if (status) status.textContent = this.dataset.copied ?? '';
      } catch {
        text.select();
        if (status) status.textContent = this.dataset.copyByHand ?? '';
      }
    });
  }
}

customElements.define('tb-copy-snippet', TbCopySnippet);
