/**
 * What an FCC Covered List entry covers, read from its own words: the equipment categories it
 * names ("telecommunications equipment", "video surveillance … equipment", "routers", "UAS"…),
 * whether it reaches only foreign-produced equipment, and whether it is limited to a use
 * (the Hytera / Hikvision / Dahua entries: "to the extent it is used for the purpose of public
 * safety, security of government facilities, physical security surveillance of critical
 * infrastructure, and other national security purposes"). The category keys are ours.
 */
export const FCC_CATEGORY_PROGRAM = 'FCC category: ';

export const FCC_CATEGORIES = {
  uas: /\b(?:Uncrewed|Unmanned) aircraft systems\b|\bUAS\b/i,
  router: /^Routers\b/i,
  power_inverter: /\bpower inverters\b/i,
  advanced_robotic_device: /\badvanced robotic devices\b/i,
} as const;
export type FccCategory = keyof typeof FCC_CATEGORIES;

/** The category a category row names (rows naming a producer return undefined). */
export function fccCategoryOf(text: string): FccCategory | undefined {
  if (/\b(?:produced|provided|supplied, directly or indirectly,) by [A-Z]/.test(text)) return undefined;
  return (Object.keys(FCC_CATEGORIES) as FccCategory[]).find((k) => FCC_CATEGORIES[k].test(text));
}

/** Equipment kinds an entity row covers, from its text (our reading of the wording, stated as such). */
export type EquipmentKind =
  | 'telecommunications_equipment'
  | 'video_surveillance_equipment'
  | 'telecommunications_services'
  | 'information_security_software';

export interface FccScope {
  kinds: EquipmentKind[];
  /** The entry's use limitation, verbatim, when it has one. */
  useLimitation: string | null;
}

export function fccScopeOf(text: string): FccScope {
  const kinds: EquipmentKind[] = [];
  if (/telecommunications equipment/i.test(text)) kinds.push('telecommunications_equipment');
  if (/video surveillance (?:and telecommunications )?equipment|video surveillance services/i.test(text))
    kinds.push('video_surveillance_equipment');
  if (/telecommunications services|telecommunications or video surveillance services/i.test(text))
    kinds.push('telecommunications_services');
  if (/information security|anti-virus|cybersecurity/i.test(text)) kinds.push('information_security_software');
  const limit = /to the extent it is used for the purpose of ([^,]+(?:, [^,]+)*?national security purposes)/.exec(text);
  return { kinds, useLimitation: limit ? `to the extent it is used for the purpose of ${limit[1]}` : null };
}
