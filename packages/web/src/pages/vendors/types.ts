/** The vendor check report as the API returns it (POST /vendors/check). */
import type { Finding, InventoryRow, RowError } from '@dualuse/core/vendors';

export type { Finding };
export interface InventoryReport {
  inventory: string;
  checkedOn: string;
  cleanNetwork: boolean;
  rows: { row: InventoryRow; screened: { name: string; chain: string[] }[]; findings: Finding[] }[];
  errors: RowError[];
  findings: number;
  versions: Record<string, string>;
}

export const EXAMPLE_INVENTORY = [
  'vendor,product,model,category,country_of_origin,deployed_in',
  '"Huawei Technologies Co., Ltd.",5G radio unit,AAU5613,RAN radio unit,CN,5G RAN',
  'DJI,Mavic 3 Enterprise,M3E,drone (UAS),CN,site inspection',
  'Nokia Solutions and Networks Oy,AirScale,ASIK,RAN baseband,FI,5G RAN',
].join('\n');
