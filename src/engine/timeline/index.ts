export {
  type AddressBook,
  addressBook,
  addressesIn,
  domainOf,
  SCHEDULING_TOOL_DOMAINS,
} from "./addresses.ts";
export { buildTimelines, type TimelineBuild, type TimelineInput, type TimelineOptions } from "./build.ts";
export { type Attribution, attribute, directionOf, directionResolver } from "./direction.ts";
export { candidateIdFor, shortHash } from "./hash.ts";
export type { CandidateTimeline, EventItem, MessageItem, TimelineItem, Voice } from "./types.ts";
