/**
 * `<sortable-table>`: turns each `th[data-sortable]` of the table inside into a button that sorts the rows by that
 * column (again to turn the order around), marks the column with `aria-sort`, and says the new order in a status
 * line for screen readers. Cells sort by their `data-sort` value where they have one, else their text.
 */
import { nextDirection, sortRows, type SortDirection } from '../../lib/table-sort.ts';

export class SortableTable extends HTMLElement {
  connectedCallback() {
    const table = this.querySelector('table');
    if (!table) return;
    for (const header of table.querySelectorAll<HTMLTableCellElement>('thead th[data-sortable]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.append(...header.childNodes);
      header.replaceChildren(button);
      button.addEventListener('click', () => this.sortBy(table, header, nextDirection(header.ariaSort)));
    }
  }

  private sortBy(table: HTMLTableElement, header: HTMLTableCellElement, direction: SortDirection) {
    const body = table.tBodies[0];
    if (!body) return;
    const column = header.cellIndex;
    const collator = new Intl.Collator(document.documentElement.lang || undefined, {
      numeric: true,
      sensitivity: 'base',
    });
    const valueOf = (row: HTMLTableRowElement) => {
      const cell = row.cells[column];
      return cell?.dataset.sort ?? cell?.textContent ?? '';
    };
    body.append(...sortRows([...body.rows], valueOf, direction, collator));
    for (const other of table.querySelectorAll('thead th')) other.removeAttribute('aria-sort');
    header.ariaSort = direction;
    const status = this.querySelector('[data-sort-status]');
    if (status)
      status.textContent = (this.dataset.sorted ?? '')
        .replace('{column}', header.textContent?.trim() ?? '')
        .replace('{direction}', this.dataset[direction] ?? direction);
  }
}
