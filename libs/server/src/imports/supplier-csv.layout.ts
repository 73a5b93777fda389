import { SUPPLIER_CSV_LAYOUT } from '@bitd/domain';
import { csvCodec } from './csv-layout.codec';

export const supplierCsv = csvCodec(SUPPLIER_CSV_LAYOUT);
