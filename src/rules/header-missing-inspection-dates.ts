import { headerFieldRule } from './header-field.js';

export default headerFieldRule({ id: 'header-missing-inspection-dates', key: 'inspectionDates', name: 'inspection dates' });
