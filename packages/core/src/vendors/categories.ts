/**
 * Our mapping of an inventory's free-text category and deployment onto the equipment kinds of
 * the FCC Covered List entries and the Clean Network lines of effort. The patterns are ours
 * (a heuristic, labelled as such in every finding); unmatched text maps to nothing and is said so.
 */
import type { EquipmentKind, FccCategory } from './fcc-scope';

const KINDS: [RegExp, EquipmentKind][] = [
  [/camera|cctv|video surveillance|\bnvr\b|\bdvr\b|surveillance/i, 'video_surveillance_equipment'],
  [
    /\bran\b|radio access|base station|5g|4g|lte|core network|router|switch|telecom|microwave|handset|two-way radio|\bradio\b|optical transport/i,
    'telecommunications_equipment',
  ],
  [/antivirus|anti-virus|endpoint|security software|cybersecurity/i, 'information_security_software'],
  [/carrier service|international (?:telecom|voice)|interconnect/i, 'telecommunications_services'],
];
const CATEGORIES: [RegExp, FccCategory][] = [
  [/drone|\buas\b|\buav\b|unmanned aircraft|uncrewed aircraft/i, 'uas'],
  [/router/i, 'router'],
  [/inverter/i, 'power_inverter'],
  [/robot/i, 'advanced_robotic_device'],
];

export function equipmentKindsOf(category: string | null): EquipmentKind[] {
  return category ? KINDS.filter(([re]) => re.test(category)).map(([, k]) => k) : [];
}
export function fccCategoriesOf(category: string | null): FccCategory[] {
  return category ? CATEGORIES.filter(([re]) => re.test(category)).map(([, k]) => k) : [];
}

/** Clean Network lines of effort (State Department, 5 August 2020) a deployment falls under. */
export type CleanLine = 'clean_path_5g' | 'clean_carrier' | 'clean_cloud' | 'clean_store_apps' | 'clean_cable';
const LINES: [RegExp, CleanLine][] = [
  [/\b5g\b|\bran\b|radio access|core network|5g core|carrier network|mobile network/i, 'clean_path_5g'],
  [/carrier|international telecom|interconnect/i, 'clean_carrier'],
  [/cloud|data ?cent(?:er|re)|hosting/i, 'clean_cloud'],
  [/\bapps?\b|app store|mobile application/i, 'clean_store_apps'],
  [/undersea|submarine cable|subsea/i, 'clean_cable'],
];
export function cleanLinesOf(deployedIn: string | null): CleanLine[] {
  return deployedIn ? [...new Set(LINES.filter(([re]) => re.test(deployedIn)).map(([, l]) => l))] : [];
}
