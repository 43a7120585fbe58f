/** The parts of DataTable a user handles: a sortable header, the Columns menu, and the pager. */
import { useEffect, useRef, useState } from 'react';
import { flexRender, type Header, type ReactTable, type RowData } from '@tanstack/react-table';
import type { TableFeatureSet } from './DataTable';

type Table<T extends RowData> = ReactTable<TableFeatureSet, T>;

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const ARROW = { asc: '▲', desc: '▼' } as const;

/** The column's name as the user reads it: its header text, or its label when the header is blank. */
export function columnName(def: { header?: unknown; meta?: { label?: string } }, id: string): string {
  return def.meta?.label ?? (typeof def.header === 'string' && def.header ? def.header : id);
}

export function SortableHeader<T extends RowData>({ header }: { header: Header<TableFeatureSet, T, unknown> }) {
  const { column } = header;
  const content = header.isPlaceholder ? null : flexRender(column.columnDef.header, header.getContext());
  const className = column.columnDef.meta?.className?.includes('num') ? 'num' : undefined;
  if (!column.getCanSort())
    return (
      <th scope="col" className={className}>
        {content}
      </th>
    );
  const sorted = column.getIsSorted();
  const next = column.getNextSortingOrder();
  const name = columnName(column.columnDef, column.id);
  return (
    <th scope="col" className={className} aria-sort={sorted ? ARIA_SORT[sorted] : 'none'}>
      <button
        type="button"
        className="th-sort"
        onClick={column.getToggleSortingHandler()}
        title={next ? `Sort by ${name}, ${next === 'asc' ? 'ascending' : 'descending'}` : `Stop sorting by ${name}`}
      >
        {content}
        <span className={sorted ? 'sort-mark' : 'sort-mark sort-mark-idle'} aria-hidden="true">
          {sorted ? ARROW[sorted] : '↕'}
        </span>
      </button>
    </th>
  );
}

/**
 * An open menu closes on a click outside it and on Escape (WAI-ARIA disclosure practice); Escape
 * returns focus to the summary so a keyboard user is not left on a vanished checkbox.
 */
function useDismiss(open: boolean, setOpen: (open: boolean) => void) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      ref.current?.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open, setOpen]);
  return ref;
}

export function ColumnChooser<T extends RowData>({ table, label }: { table: Table<T>; label: string }) {
  const [open, setOpen] = useState(false);
  const ref = useDismiss(open, setOpen);
  const hideable = table.getAllLeafColumns().filter((c) => c.getCanHide());
  if (hideable.length < 2) return null;
  const hidden = hideable.filter((c) => !c.getIsVisible()).length;
  // The checkboxes exist only while the menu is open, so a page's own "Status" filter stays the one field so named.
  return (
    <details ref={ref} className="column-chooser" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Columns{hidden > 0 ? ` (${hidden} hidden)` : ''}</summary>
      {open && (
        <fieldset>
          <legend className="sr-only">Columns shown in {label}</legend>
          {hideable.map((c) => (
            <label key={c.id} className="checkbox">
              <input type="checkbox" checked={c.getIsVisible()} onChange={c.getToggleVisibilityHandler()} />{' '}
              {columnName(c.columnDef, c.id)}
            </label>
          ))}
        </fieldset>
      )}
    </details>
  );
}

/** "Rows 26–50 of 120", previous/next and, for pages held in the browser, the page size; hidden for one short page. */
export function Pager<T extends RowData>(props: {
  table: Table<T>;
  label: string;
  busy: boolean;
  sizes: boolean;
  note?: string;
}) {
  const { table } = props;
  const { pageIndex, pageSize } = table.state.pagination;
  const total = table.getRowCount();
  // One page and nothing to choose: no pager (pages held here can be made smaller than 25, down to 10).
  if (total <= (props.sizes ? 10 : pageSize)) return null;
  const first = pageIndex * pageSize + 1;
  const last = Math.min(total, first + pageSize - 1);
  return (
    <nav className="pager" aria-label={`Pages of ${props.label}`}>
      <span className="pager-meta" data-testid="pager-range">
        Rows {first.toLocaleString()}–{last.toLocaleString()} of {total.toLocaleString()}
        {props.note && <span className="cell-sub">{props.note}</span>}
      </span>
      {props.sizes && (
        <label className="pager-size">
          Rows per page{' '}
          <select value={pageSize} onChange={(e) => table.setPageSize(Number(e.target.value))}>
            {[10, 25, 50, 100].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      )}
      <button
        type="button"
        className="btn btn-secondary"
        disabled={!table.getCanPreviousPage() || props.busy}
        onClick={() => table.previousPage()}
      >
        ← Previous
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={!table.getCanNextPage() || props.busy}
        onClick={() => table.nextPage()}
      >
        Next →
      </button>
    </nav>
  );
}
