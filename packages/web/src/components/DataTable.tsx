/**
 * The one table of the queues, on TanStack Table: a page declares its columns (header, value to sort by, cell) and
 * gets sorting by clicking a header, pages of rows, and a "Columns" menu to show or hide columns. Markup, classes and
 * accessibility stay ours (aria-sort on headers, a labelled pager); TanStack keeps the state and the row models.
 */
import { Fragment, useEffect, useState, type HTMLAttributes, type ReactNode } from 'react';
import {
  columnVisibilityFeature,
  createColumnHelper,
  createPaginatedRowModel,
  createSortedRowModel,
  flexRender,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
  type ColumnHelper,
  type PaginationState,
  type SortingState,
  type Updater,
  type ColumnVisibilityState,
  type RowData,
} from '@tanstack/react-table';
import { ColumnChooser, Pager, SortableHeader } from './DataTableParts';

export interface ColumnMeta {
  /** Class of the column's cells (`num`, `mono nowrap`…). */
  className?: string;
  /** Name in the Columns menu when the header is blank (an actions column). */
  label?: string;
}

const features = tableFeatures({
  columnVisibilityFeature,
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, text: sortFn_text },
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
  columnMeta: {} as ColumnMeta,
});
export type TableFeatureSet = typeof features;
/** What `columnsOf<T>().columns([...])` returns: each column keeps its own value type. */
export type Columns<T extends RowData> = ReturnType<ColumnHelper<TableFeatureSet, T>['columns']>;

/** Typed column builders for rows of T: `const col = columnsOf<Hit>(); col.accessor(...)`. */
export const columnsOf = <T extends RowData>() => createColumnHelper<TableFeatureSet, T>();

/** Rows of one page come from the server: the table shows `total` rows in pages and asks for another by index. */
export interface ServerPages {
  total: number;
  pageIndex: number;
  pageSize: number;
  busy: boolean;
  onPage: (index: number) => void;
  /** How the server orders its pages ("name order"): without `sort`, a sort by a column orders only the page shown. */
  order: string;
  /** The server sorts across pages: the table shows this sort and hands clicks on a header back (manual sorting). */
  sort?: { state: SortingState; onChange: (next: SortingState) => void };
}

export interface DataTableProps<T extends RowData> {
  label: string;
  data: T[];
  columns: Columns<T>;
  rowId: (row: T) => string;
  initialSort?: SortingState;
  /** Columns hidden until the user shows them. */
  initiallyHidden?: string[];
  pageSize?: number;
  server?: ServerPages;
  rowProps?: (row: T) => HTMLAttributes<HTMLTableRowElement> & { 'data-testid'?: string };
  /** A full-width row under a row (an expanded explanation); null for none. */
  detail?: (row: T) => ReactNode;
  className?: string;
  /** What an empty table says (one full-width row). */
  empty?: ReactNode;
}

export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  const { server } = props;
  const [localSorting, setLocalSorting] = useState<SortingState>(props.initialSort ?? []);
  const sorting = server?.sort?.state ?? localSorting;
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = typeof updater === 'function' ? updater(sorting) : updater;
    if (server?.sort) server.sort.onChange(next);
    else setLocalSorting(next);
  };
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(() =>
    Object.fromEntries((props.initiallyHidden ?? []).map((id) => [id, false])),
  );
  const [local, setLocal] = useState<PaginationState>({ pageIndex: 0, pageSize: props.pageSize ?? 25 });
  const pagination = server ? { pageIndex: server.pageIndex, pageSize: server.pageSize } : local;
  const onPaginationChange = (updater: Updater<PaginationState>) => {
    const next = typeof updater === 'function' ? updater(pagination) : updater;
    if (server) server.onPage(next.pageIndex);
    else setLocal(next);
  };
  const table = useTable({
    features,
    columns: props.columns,
    data: props.data,
    getRowId: (row: T) => props.rowId(row),
    state: { sorting, columnVisibility, pagination },
    onSortingChange,
    onColumnVisibilityChange: setColumnVisibility,
    onPaginationChange,
    // A decision that takes a row out of the queue should not send the reader back to page 1.
    autoResetPageIndex: false,
    ...(server ? { manualPagination: true, rowCount: server.total } : {}),
    ...(server?.sort ? { manualSorting: true } : {}),
  });
  const pageCount = table.getPageCount();
  useEffect(() => {
    // Rows left the last page (decided, filtered): show the new last page rather than an empty one.
    if (!server && pageCount > 0 && local.pageIndex >= pageCount) setLocal((p) => ({ ...p, pageIndex: pageCount - 1 }));
  }, [server, pageCount, local.pageIndex]);

  const visible = table.getVisibleLeafColumns().length;
  return (
    <div className="data-table">
      <ColumnChooser table={table} label={props.label} />
      <div className="table-wrap">
        <table className={`table${props.className ? ` ${props.className}` : ''}`} aria-label={props.label}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <SortableHeader key={header.id} header={header} />
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {props.data.length === 0 && props.empty && (
              <tr>
                <td colSpan={visible} className="table-empty">
                  {props.empty}
                </td>
              </tr>
            )}
            {table.getRowModel().rows.map((row) => {
              const extra = props.detail?.(row.original);
              return (
                <Fragment key={row.id}>
                  <tr {...props.rowProps?.(row.original)}>
                    {row.getVisibleCells().map((cell) => (
                      <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    ))}
                  </tr>
                  {extra && (
                    <tr className="row-detail">
                      <td colSpan={visible}>{extra}</td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pager
        table={table}
        label={props.label}
        busy={server?.busy ?? false}
        sizes={!server}
        note={
          server && !server.sort && sorting.length > 0
            ? `Pages follow ${server.order}; the sort orders the rows of this page.`
            : undefined
        }
      />
    </div>
  );
}
