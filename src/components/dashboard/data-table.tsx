import type { ReactNode } from "react";

/**
 * A column of a DataTable: its header text, or the header with its alignment ("right" for
 * numbers), a narrower padding (`tight`) and a React key when the label is not a string.
 */
export type TDataColumn = string | { label: ReactNode; key?: string; align?: "right"; tight?: boolean };

/**
 * The dashboard's table: a scrolling, bordered box with a screen-reader caption and a header
 * row of `columns` (`<th scope="col">` each, one style for every table); `children` the body (and any footer), as
 * `<tbody>`/`<tfoot>` elements. `className` sets the outer spacing (e.g. "mt-3").
 */
export function DataTable({ caption, columns, children, className }: { caption: ReactNode; columns: readonly TDataColumn[]; children: ReactNode; className?: string }) {
  return (
    <div className={`${className ? `${className} ` : ""}overflow-x-auto rounded-lg border border-gray-200 bg-white`}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-50 text-xs uppercase tracking-wide text-gray-600">
          <tr>
            {columns.map((column, i) => {
              const { label, key, align, tight } = typeof column === "string" ? { label: column, key: column, align: undefined, tight: false } : column;
              return (
                <th key={key ?? (typeof label === "string" ? label : i)} scope="col" className={`${tight ? "px-3" : "px-4"} py-2${align === "right" ? " text-right" : ""}`}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
