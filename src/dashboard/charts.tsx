/**
 * Accessible server-rendered SVG charts: `role="img"` with `<title>` and `<desc>` referenced by
 * `aria-labelledby`, and each chart followed by its data as a table (the text alternative).
 * Colours are presentation attributes, not inline styles (the CSP forbids those).
 */
import type { Child } from "hono/jsx";

export interface Series {
  name: string;
  colour: string;
  values: number[];
}

let seq = 0;
function uid(prefix: string): string {
  seq = (seq + 1) % 1_000_000;
  return `${prefix}-${seq}`;
}

function niceMax(v: number): number {
  if (v <= 4) return 4;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/** The data table under a chart. */
function DataTable(props: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <details class="alt">
      <summary>Data table: {props.caption}</summary>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              {props.head.map((h, i) => (
                <th scope="col" class={i > 0 ? "num" : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr>
                {r.map((cell, i) =>
                  i === 0 ? <th scope="row">{String(cell)}</th> : <td class="num">{String(cell)}</td>,
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/**
 * A multi-series line chart over labelled x points (e.g. weeks).
 *
 * @example
 * <LineChart title="Weekly trend" desc="…" labels={["03-02"]} series={[{ name: "ghosted", colour: "#b42318", values: [3] }]} />
 */
export function LineChart(props: {
  title: string;
  desc: string;
  labels: string[];
  series: Series[];
  chartId?: string;
}) {
  const W = 560;
  const H = 236;
  const L = 36;
  const B = 52;
  const T = 12;
  const R = 26;
  const id = props.chartId ?? uid("chart");
  const max = niceMax(Math.max(0, ...props.series.flatMap((s) => s.values)));
  const n = Math.max(props.labels.length, 1);
  const x = (i: number) => L + (n === 1 ? (W - L - R) / 2 : (i * (W - L - R)) / (n - 1));
  const y = (v: number) => T + (H - T - B) * (1 - v / max);
  const ticks = [0, max / 4, max / 2, (3 * max) / 4, max];
  const legend: Child[] = props.series.map((s, i) => (
    <g transform={`translate(${L + i * 170}, ${H - 4})`}>
      <rect width="12" height="4" y="-6" fill={s.colour} />
      <text x="16" y="-2">
        {s.name}
      </text>
    </g>
  ));
  return (
    <figure class="chart-figure" data-chart={id}>
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{props.title}</title>
        <desc id={`${id}-d`}>{props.desc}</desc>
        {ticks.map((t) => (
          <g>
            <line x1={L} x2={W - R} y1={y(t)} y2={y(t)} stroke="#d9dde3" stroke-width="1" />
            <text x={L - 6} y={y(t) + 4} text-anchor="end">
              {Number.isInteger(t) ? String(t) : t.toFixed(1)}
            </text>
          </g>
        ))}
        {props.labels.map((l, i) => (
          <text x={x(i)} y={H - B + 16} text-anchor="middle">
            {l}
          </text>
        ))}
        {props.series.map((s) => (
          <g>
            <polyline
              fill="none"
              stroke={s.colour}
              stroke-width="2.5"
              points={s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ")}
            />
            {s.values.map((v, i) => (
              <circle cx={x(i).toFixed(1)} cy={y(v).toFixed(1)} r="3" fill={s.colour} />
            ))}
          </g>
        ))}
        {legend}
      </svg>
      <DataTable
        caption={props.title}
        head={["", ...props.series.map((s) => s.name)]}
        rows={props.labels.map((l, i) => [l, ...props.series.map((s) => s.values[i] ?? 0)])}
      />
    </figure>
  );
}

/**
 * A horizontal bar chart of labelled values.
 *
 * @example
 * <BarChart title="First response" desc="…" bars={[{ label: "< 4 h", value: 12 }]} unit="messages" />
 */
export function BarChart(props: {
  title: string;
  desc: string;
  bars: { label: string; value: number; colour?: string; note?: string }[];
  unit: string;
  chartId?: string;
}) {
  const W = 560;
  const row = 28;
  const L = 130;
  const R = 60;
  const H = Math.max(row * props.bars.length + 10, 40);
  const id = props.chartId ?? uid("chart");
  const max = Math.max(1, ...props.bars.map((b) => b.value));
  return (
    <figure class="chart-figure" data-chart={id}>
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{props.title}</title>
        <desc id={`${id}-d`}>{props.desc}</desc>
        {props.bars.map((b, i) => {
          const w = ((W - L - R) * b.value) / max;
          return (
            <g transform={`translate(0, ${5 + i * row})`}>
              <text x={L - 8} y="16" text-anchor="end">
                {b.label}
              </text>
              <rect
                x={L}
                y="3"
                width={Math.max(w, b.value > 0 ? 2 : 0).toFixed(1)}
                height="18"
                fill={b.colour ?? "#2457c5"}
              />
              <text x={L + w + 6} y="16">
                {b.note ?? String(b.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <DataTable
        caption={props.title}
        head={["", props.unit]}
        rows={props.bars.map((b) => [b.label, b.note ?? b.value])}
      />
    </figure>
  );
}
