import { useFormatter } from "next-intl";

export interface BarRow {
  key: string;
  label: string;
  value: number;
}

/**
 * A figure as an accessible table (caption, column headers), with a CSS bar
 * beside each number for the sighted reader. The bar is decorative
 * (aria-hidden) and sized with inline-size, so it mirrors in right-to-left.
 */
export function BarTable({ caption, labelHeader, valueHeader, rows, unit }: { caption: string; labelHeader: string; valueHeader: string; rows: BarRow[]; unit?: string }) {
  const format = useFormatter();
  const max = Math.max(1, ...rows.map((row) => row.value));
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-2 text-start text-lg font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-line">
          <th scope="col" className="w-1/3 px-2 py-1 text-start">
            {labelHeader}
          </th>
          <th scope="col" className="px-2 py-1 text-start">
            {valueHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-line">
            <th scope="row" className="px-2 py-1 text-start font-normal">
              {row.label}
            </th>
            <td className="px-2 py-1">
              <div className="flex items-center gap-2">
                <span aria-hidden="true" className="block h-3 rounded-e bg-brand-600" style={{ inlineSize: `${Math.max(2, (row.value / max) * 100) * 0.8}%` }} />
                <span className="tabular-nums">
                  {format.number(row.value)}
                  {unit ? ` ${unit}` : ""}
                </span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
