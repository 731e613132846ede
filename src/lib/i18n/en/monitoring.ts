/** The weekly monitoring screens' labels in English: the same keys as monitoringIndonesian in ../monitoring-id.ts. */
import type { Dictionary } from '../language';
import type { monitoringIndonesian } from '../monitoring-id';
import { formatDay } from '../../format/date';
import { formatCount } from '../../format/number';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const monitoringEnglish: Dictionary<typeof monitoringIndonesian> = {
  nav: {
    label: 'Main navigation',
    ringkasan: 'Overview',
    peringkat: 'Leaderboard',
    peta: 'Map',
    peringatan: 'Alerts',
    rekonsiliasi: 'RUP reconciliation',
    target: 'Targets',
    data: 'Data'
  },
  period: {
    title: 'Period',
    asof: 'As of',
    asofHint: (latest: string) => `Transactions dated up to this day. Default: the latest transaction date in the data (${formatDay(latest)}).`,
    mondays: 'P3DN monitoring Mondays',
    latest: 'Latest in the data',
    banding: 'Compare with',
    none: 'No comparison',
    minggu_lalu: 'Last week',
    tahun_lalu: 'Same point last year',
    date: 'A specific date (e.g. the last coordination meeting)',
    comparisonDate: 'Comparison date'
  },
  status: {
    tercapai: 'Achieved',
    sesuai: 'On track',
    berisiko: 'At risk',
    tertinggal: 'Behind'
  },
  method: {
    profil_tahun_lalu: "following last year's cumulative profile",
    linear: 'linear over the days elapsed'
  },
  gap: (rupiah: string) => `${rupiah} short of the target`,
  reached: 'Target achieved',
  pace: (rupiah: string, weeks: number) => `${rupiah}/week over the ${formatCount(weeks)} remaining ${plural(weeks, 'week', 'weeks')}`,
  yearEnded: 'The fiscal year has ended',
  projection: (share: string) => `Year-end projection ${share}`,
  noProjection: 'No projection yet (the year has not started)',
  path: (share: string) => `Target path as of this date: ${share}`,
  pathLegend: 'Target path',
  planNoPace: 'The plan (RUP) does not grow over time: no pace or projection; its path is the target itself.',
  yearOnly: 'The scope spans several years: the shortfall, pace and projection are for this fiscal year only.',
  previous: (value: string) => `Comparison: ${value}`,
  deltaPoints: (points: string) => `${points} points`,
  trendComparison: 'Comparison',
  trendComparisonNote: "Thin line: the comparison period (last year moved onto this year's calendar).",
  sqlProgress: 'Show the SQL for the shortfall, pace and projection',
  sqlComparison: 'Show the SQL for the comparison figures',
  fiscalYear: (year: number, asof: string) => `Fiscal year ${year}, as of ${formatDay(asof)}`,
  yearTag: (year: number) => `FY ${year}`,
  headline: 'Headline figures',
  threshold: 'Alert threshold (percentage points below the target path)',
  metric: 'Measure',
  level: { pemda: 'Local government', provinsi: 'Province' },
  ranking: {
    title: 'Local government leaderboard',
    subtitle: 'Local governments and provinces compared on the chosen measure, with targets, peer groups and a funnel plot.',
    columns: {
      rank: 'Rank',
      change: 'Change',
      name: 'Name',
      value: 'Value',
      numerator: 'Numerator',
      denominator: 'Denominator',
      share: 'Share of total',
      target: 'Target',
      gap: 'Shortfall',
      peerMedian: 'Peer median',
      percentile: 'Percentile',
      compare: 'Compare'
    },
    peers: 'Peer group',
    peerGrouping: {
      provinsi: 'Same province',
      jenis: 'Type of local government (province/regency/city)',
      ukuran: 'Size of procurement budget (quartile)'
    },
    notRanked: 'not ranked',
    up: (n: number) => `up ${formatCount(n)}`,
    down: (n: number) => `down ${formatCount(n)}`,
    same: 'unchanged',
    new: 'new',
    sortBy: (column: string) => `Sort by ${column}`,
    compareTitle: 'Side-by-side comparison',
    compareHint: 'Tick 2–4 local governments in the table to compare them.',
    funnelTitle: 'Funnel plot: share against the size of the denominator',
    funnelHint:
      'Dashed lines: 95% and 99.8% control limits around the overall share. Small local governments naturally spread more widely; only points outside the limits differ significantly. Equivalent sample size: denominator ÷ mean transaction value.',
    overall: 'Overall share'
  },
  map: {
    title: 'Province map',
    subtitle: 'Provinces coloured by the chosen measure against their target. Click a province to filter by it.',
    tiles: 'Tile map (no boundary data)',
    boundary: (file: string) => `Boundaries from the file “${file}”`,
    loadBoundary: 'Load a boundary file (GeoJSON/TopoJSON) on the Data page for a choropleth map.',
    removeBoundary: 'Back to the tile map'
  },
  alerts: {
    title: 'Alerts',
    subtitle: 'Local governments whose figure fell below their target path by more than the threshold you set, with the week it happened.',
    none: 'No local government is below the threshold as of this date.',
    notApplicable: 'This measure is a plan (RUP): it does not grow week by week, so it is not monitored here. Choose a realisation measure.',
    columns: {
      satker: 'Work unit',
      pemda: 'Local government',
      since: 'Below the threshold since the week of',
      value: 'Value',
      path: 'Target path',
      below: 'Gap',
      target: 'Target'
    },
    count: (n: number) => `${formatCount(n)} ${plural(n, 'local government', 'local governments')} below the threshold`
  },
  pulls: {
    title: 'Data as pulled',
    hint: 'Several pulls of the same dataset are stored. Choose a date to count only the pulls that existed on that day; the latest pull of each dataset type still wins.',
    day: 'Pulled up to',
    latest: 'Latest pull',
    banner: (day: string) => `Figures are computed from the data as pulled as of ${formatDay(day)}, not from the latest pull.`
  },
  pemda: {
    notFound: (kode: string) => `Local government code “${kode}” is not known in this data.`,
    weekly: 'Weekly cumulative path against the target path',
    satker: 'Work units by shortfall against the target',
    vendors: 'Largest vendors and concentration',
    peers: 'Position among peers',
    reconciliation: 'Plan against realisation',
    openPage: (nama: string) => `Open the page of ${nama}`,
    top5: (share: string) => `Top 5 vendors: ${share} of realisation`,
    hhi: (value: string) => `Herfindahl-Hirschman index: ${value}`
  }
};
