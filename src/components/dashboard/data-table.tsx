import type { ReactNode } from "react";

/**
 * The dashboard's table: a scrolling, bordered box with a screen-reader caption and a header
 * row. `head` holds the header row's cells (`<th scope="col">`); `children` the body (and any
 * footer), as `<tbody>`/`<tfoot>` elements. `className` sets the outer spacing (e.g. "mt-3").
 */
export function DataTable({ caption, head, children, className }: { caption: ReactNode; head: ReactNode; children: ReactNode; className?: string }) {
  return (
    <div className={`${className ? `${className} ` : ""}overflow-x-auto rounded-lg border border-gray-200 bg-white`}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-50 text-xs uppercase tracking-wide text-gray-600">
          <tr>{head}</tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
