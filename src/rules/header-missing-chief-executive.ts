import { headerFieldRule } from './header-field.js';

export default headerFieldRule({
  id: 'header-missing-chief-executive',
  key: 'chiefExecutive',
  name: 'chief executive',
  note: 'Ofsted reports name none: turn this rule off for them',
});
