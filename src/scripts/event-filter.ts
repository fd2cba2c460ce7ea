// <tb-event-filter>: filters and sorts the rows of a server-rendered event table. The table is
// complete without it; this only hides rows and reorders them.
class TbEventFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const table = document.getElementById(this.dataset.table ?? '')?.querySelector('table');
    if (!form || !table) return;
    form.addEventListener('input', () => this.#filter(form, table));
    form.addEventListener('submit', (e) => { e.preventDefault(); this.#filter(form, table); });
    this.#addSorting(table);
  }

  #filter(form: HTMLFormElement, table: HTMLTableElement) {
    const f = new FormData(form);
    const get = (name: string) => String(f.get(name) ?? '');
    const q = get('q').trim().toLocaleLowerCase();
    const rows = [...table.tBodies[0]!.rows];
    let shown = 0;
    for (const row of rows) {
      const year = (row.dataset.date ?? '').slice(0, 4);
      const ok = (!get('kind') || row.dataset.kind === get('kind'))
        && (!get('country') || row.dataset.country === get('country'))
        && year >= get('from') && year <= get('to')
        && (!q || (row.textContent ?? '').toLocaleLowerCase().includes(q));
      row.hidden = !ok;
      if (ok) shown++;
    }
    const count = this.querySelector('[data-count]');
    if (count) count.textContent = (this.dataset.shown ?? '{n}').replace('{n}', String(shown)).replace('{total}', String(rows.length));
  }

  /** Turns each column header into a button that sorts by that column's text (dates by datetime). */
  #addSorting(table: HTMLTableElement) {
    const headers = [...table.tHead!.rows[0]!.cells];
    headers.forEach((th, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.textContent = th.textContent;
      th.textContent = '';
      th.append(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach((h) => h.removeAttribute('aria-sort'));
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const key = (row: HTMLTableRowElement) => {
          const cell = row.cells[index]!;
          return cell.querySelector('time')?.getAttribute('datetime') ?? cell.textContent?.trim() ?? '';
        };
        const body = table.tBodies[0]!;
        const sorted = [...body.rows].sort((a, b) => key(a).localeCompare(key(b)) * (ascending ? 1 : -1));
        body.append(...sorted);
      });
    });
  }
}

customElements.define('tb-event-filter', TbEventFilter);
