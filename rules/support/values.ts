/** `none`, `no`, `n/a`…: a clause stated as deliberately empty. One list, shared with data rules. */
export { isNoneValue as isNone } from '../../server/src/engine';
