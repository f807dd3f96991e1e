import { writeFileSync } from 'node:fs';
import { exportReviewWorkbook } from '../../../shared/excel/index.ts';
import { respondentsBundle } from './sample-respondents.ts';
const bytes = await exportReviewWorkbook(respondentsBundle(process.argv[2] === 'anon'), '2025-07-01');
writeFileSync('/tmp/excel-look/review.xlsx', bytes);
