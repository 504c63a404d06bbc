import { headerFieldRule } from './header-field.js';

export default headerFieldRule({ id: 'header-missing-organisation', key: 'organisation', name: 'organisation' });
