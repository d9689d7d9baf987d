import { formatNumber } from '@/lib/format/number';

// Charts drawn on the server as SVG (no script, no library): each one is an image named by its
// title and described by its desc, with its values written on it; the data table that follows
// each chart on the page is the accessible equivalent (RGAA 1.3 / 4.x for complex images).

export type ChartDatum = { label: string; value: number };

type ChartProps = { id: string; title: string; description: string; data: readonly ChartDatum[] };

// Narrow enough that the text stays readable when a phone scales the drawing down.
const WIDTH = 480;

function scale(value: number, max: number, length: number): number {
  return max === 0 ? 0 : (value / max) * length;
}

export function BarChart({ id, title, description, data }: ChartProps) {
  const row = 36;
  const labelWidth = 170;
  const barMax = WIDTH - labelWidth - 50;
  const height = data.length * row + 8;
  const max = Math.max(0, ...data.map((datum) => datum.value));
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMinYMin meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {data.map((datum, index) => {
        const y = index * row + 4;
        const width = scale(datum.value, max, barMax);
        return (
          <g key={datum.label}>
            <text className="chart__label" x={labelWidth - 10} y={y + row / 2} textAnchor="end" dominantBaseline="middle">
              {datum.label}
            </text>
            <rect className="chart__bar" x={labelWidth} y={y + 6} width={Math.max(width, datum.value > 0 ? 2 : 0)} height={row - 12} />
            <text className="chart__value" x={labelWidth + width + 8} y={y + row / 2} dominantBaseline="middle">
              {formatNumber(datum.value)}
            </text>
          </g>
        );
      })}
      <line className="chart__axis" x1={labelWidth} x2={labelWidth} y1={0} y2={height} />
    </svg>
  );
}

export function ColumnChart({ id, title, description, data }: ChartProps) {
  const height = 220;
  const top = 28;
  const bottom = 32;
  const plot = height - top - bottom;
  const step = WIDTH / Math.max(data.length, 1);
  const columnWidth = Math.min(36, step * 0.6);
  const max = Math.max(0, ...data.map((datum) => datum.value));
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMinYMin meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <line className="chart__axis" x1={0} x2={WIDTH} y1={top + plot} y2={top + plot} />
      {data.map((datum, index) => {
        const columnHeight = scale(datum.value, max, plot);
        const center = index * step + step / 2;
        return (
          <g key={datum.label}>
            <rect className="chart__bar" x={center - columnWidth / 2} y={top + plot - columnHeight} width={columnWidth} height={columnHeight} />
            <text className="chart__value" x={center} y={top + plot - columnHeight - 8} textAnchor="middle">
              {formatNumber(datum.value)}
            </text>
            <text className="chart__label" x={center} y={height - 10} textAnchor="middle">
              {datum.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function describeData(data: readonly ChartDatum[]): string {
  return data.map((datum) => `${datum.label} : ${formatNumber(datum.value)}`).join(', ');
}
