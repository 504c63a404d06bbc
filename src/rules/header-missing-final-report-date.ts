import { headerFieldRule } from './header-field.js';

export default headerFieldRule({ id: 'header-missing-final-report-date', key: 'finalReportDate', name: 'final report date' });
