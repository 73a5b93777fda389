import { OPPORTUNITY_CSV_LAYOUT } from '@bitd/domain';
import { csvCodec } from '../imports/csv-layout.codec';

export const opportunityCsv = csvCodec(OPPORTUNITY_CSV_LAYOUT);
