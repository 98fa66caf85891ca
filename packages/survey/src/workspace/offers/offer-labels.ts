import { offerKey } from "@afrapport/schema";
import type { WorkspaceMessages } from "../../i18n/workspace-messages.js";
import type { NamedOffer } from "@afrapport/schema/api";

/** "sel-107" → "Serviceloven § 107", "sundl-141" → "Sundhedsloven § 141"; an unknown value as it is. */
export function legalBasisLabel(value: string, w: WorkspaceMessages): string {
  const social = /^sel-(\d+[a-z]?)$/.exec(value);
  if (social?.[1] !== undefined) return w.legalBasisSocial(social[1]);
  const health = /^sundl-(\d+[a-z]?)$/.exec(value);
  if (health?.[1] !== undefined) return w.legalBasisHealth(health[1]);
  return value === "other" ? w.legalBasisOther : value;
}

export function operatorLabel(operator: string, w: WorkspaceMessages): string {
  return operator === "municipal" || operator === "regional" || operator === "private" ? w.operatorNames[operator] : operator === "" ? w.offersOperatorUnknown : operator;
}

/** The readable part of an offer key ("tårnborg familiecenter|municipal" → "tårnborg familiecenter"). */
export function keyName(key: string): string {
  const bar = key.lastIndexOf("|");
  return bar < 0 ? key : key.slice(0, bar);
}

/** How a merged key was spelt by the municipalities (its first spelling), else its readable key. */
export function mergedKeyName(offer: NamedOffer, mergedKey: string): string {
  return offer.spellings.find((spelling) => offerKey(spelling, offer.operator) === mergedKey) ?? keyName(mergedKey);
}

/** The spellings other than the offer's own name, each once. */
export function otherSpellings(offer: NamedOffer): string[] {
  return [...new Set(offer.spellings)].filter((spelling) => spelling !== offer.name);
}

/** The offers that can be invited now: not yet invited. */
export function invitable(offers: readonly NamedOffer[]): NamedOffer[] {
  return offers.filter((offer) => offer.invitedRespondentId === null);
}
