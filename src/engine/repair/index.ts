export { draftRepair, firstNameOf, withRepair } from "./draft.ts";
export { LANGUAGE_PACKS, type LanguagePack, type RepairFacts, type RepairKind } from "./phrases.ts";
