/** The vendor check report as the API returns it (POST /vendors/check). */
import type { Schema } from '../../api';

export type InventoryReport = Schema<'InventoryReport'>;
export type Finding = Schema<'VendorFinding'>;

export const EXAMPLE_INVENTORY = [
  'vendor,product,model,category,country_of_origin,deployed_in',
  '"Huawei Technologies Co., Ltd.",5G radio unit,AAU5613,RAN radio unit,CN,5G RAN',
  'DJI,Mavic 3 Enterprise,M3E,drone (UAS),CN,site inspection',
  'Nokia Solutions and Networks Oy,AirScale,ASIK,RAN baseband,FI,5G RAN',
].join('\n');
