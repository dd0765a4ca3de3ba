/**
 * A table of admin data that reads as a table on wide screens and as one card per row on
 * narrow ones (admin.css `.table--stack`): each cell carries its column's name for the narrow
 * layout to show beside the value. The markup stays a plain, valid table (HTML forbids
 * repeating the table roles on its parts), which Chromium and Firefox keep announcing as one.
 */
import type { ComponentChildren } from 'preact';

/** One row: its header cell (what the row is about) and the other cells, in column order. */
export interface DataRow {
  header: ComponentChildren;
  cells: ComponentChildren[];
}

/** Props of a data table: `columns[0]` heads the row headers, the rest head `cells`. */
export interface DataTableProps {
  caption: string;
  columns: readonly string[];
  rows: readonly DataRow[];
}

/** The table, in a wrapper that scrolls sideways if a wide table still does not fit. */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  return (
    <div class="table-scroll">
      <table class="table table--stack">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <th scope="row">
                {row.header}
              </th>
              {row.cells.map((cell, i) => (
                <td data-label={columns[i + 1]}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
