import { headerFieldRule } from './header-field.js';

export default headerFieldRule({ id: 'header-missing-address', key: 'address', name: 'address' });
