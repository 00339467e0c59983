import type { Foot, FootRegion, ObservationKind } from "../generated/prisma/enums";
import { FOOT_LABELS, OBSERVATION_KIND_LABELS, REGION_LABELS } from "../foot-health/vocabulary";

/** "Redness, left foot — heel": how an observation reads in lists. */
export function describeObservation(observation: { foot: Foot; region: FootRegion; kind: ObservationKind; customKind: string }): string {
  const what = observation.kind === "OTHER" && observation.customKind ? observation.customKind : OBSERVATION_KIND_LABELS[observation.kind];
  return `${what}, ${FOOT_LABELS[observation.foot].toLowerCase()} — ${REGION_LABELS[observation.region].toLowerCase()}`;
}
