// Chart colours: each at least 4.5:1 against white (WCAG 1.4.11 asks 3:1 for graphics), told
// apart by hue for colour-blind readers too, and never the only cue: every series also has its own
// shape or dash, a legend entry in words, and the table beside the chart.
export const SERIES = {
  blue: "#1d4ed8",
  vermillion: "#c2410c",
  ink: "#1e293b",
  green: "#047857",
  purple: "#7e22ce",
  rose: "#be123c",
  slate: "#475569",
} as const;

export const STACK_COLOURS = [SERIES.blue, SERIES.vermillion, SERIES.green, SERIES.purple, SERIES.slate] as const;

export const AXIS_TICK = { fill: "#334155", fontSize: 12 } as const;
export const GRID = "#e2e8f0";
