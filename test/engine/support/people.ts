/** The cast of the scenario library (addresses as they appear in headers). */
export const ANA = "Ana Souza <ana.souza@gmail.com>";
export const BEN = "Ben Okafor <ben.okafor@outlook.com>";
export const CHLOE = "Chloé Durand <chloe.durand@free.fr>";
export const JO = "Jo Martin <jo.recruiter@acme.com>";
export const SAM = "Sam Lee <sam.lee@acme.com>";
export const KIM = "Kim Park <kim.coord@acme.com>";
export const MAX = "Max Weber <max.manager@acme.com>";
