"use client";

import dynamic from "next/dynamic";

// The chart library is loaded after the page, so the route's first-load JavaScript stays small
// (docs/decisions/0015). Summaries and tables are server-rendered and readable before it arrives;
// each placeholder keeps the chart's size and name so nothing jumps.

const placeholder = () => <div className="h-64 w-full animate-pulse rounded-md bg-slate-100 print:h-56" />;

export const PainChart = dynamic(() => import("./pain-chart"), { ssr: false, loading: placeholder });
export const ObservationsChart = dynamic(() => import("./observations-chart"), { ssr: false, loading: placeholder });
export const TemperatureChart = dynamic(() => import("./temperature-chart"), { ssr: false, loading: placeholder });
export const CareChart = dynamic(() => import("./care-chart"), { ssr: false, loading: placeholder });
