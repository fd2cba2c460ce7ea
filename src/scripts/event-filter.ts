// <tb-event-filter>: filters and sorts the rows of a server-rendered event table. The table is
// complete without it; this only hides rows and reorders them. Search and sort rules are
// src/lib/desk/ (search.ts, sort.ts), unit-tested there.
import { matchesQuery, queryWords } from '../lib/desk/search.ts';
import { cellComparer } from '../lib/desk/sort.ts';

class TbEventFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const table = document.getElementById(this.dataset.table ?? '')?.querySelector('table');
    if (!form || !table) return;
    form.addEventListener('input', () => this.#filter(form, table));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#filter(form, table);
    });
    this.#addSorting(table);
  }

  #filter(form: HTMLFormElement, table: HTMLTableElement) {
    const f = new FormData(form);
    const get = (name: string) => String(f.get(name) ?? '');
    const words = queryWords(get('q'));
    const rows = [...table.tBodies[0]!.rows];
    let shown = 0;
    for (const row of rows) {
      const year = (row.dataset.date ?? '').slice(0, 4);
      const ok =
        (!get('kind') || row.dataset.kind === get('kind')) &&
        (!get('country') || row.dataset.country === get('country')) &&
        year >= get('from') &&
        year <= get('to') &&
        matchesQuery(words, [row.textContent ?? '', row.dataset.search ?? '']);
      row.hidden = !ok;
      if (ok) shown++;
    }
    const count = this.querySelector('[data-count]');
    if (count)
      count.textContent = (this.dataset.shown ?? '{n}')
        .replace('{n}', String(shown))
        .replace('{total}', String(rows.length));
  }

  /** Turns each column header into a button that sorts by that column's text (dates by datetime, numbers by value). */
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
        const compare = cellComparer(document.documentElement.lang || 'en', ascending);
        const sorted = [...body.rows].sort((a, b) => compare(key(a), key(b)));
        body.append(...sorted);
      });
    });
  }
}

customElements.define('tb-event-filter', TbEventFilter);
