import { headerFieldRule } from './header-field.js';

export default headerFieldRule({ id: 'header-missing-inspector', key: 'inspector', name: 'inspector' });
