/**
 * Deepest nesting of blocks, brackets, templates, template directives and
 * unary operators the native parser reads. Deeper input gets a located
 * "Nesting too deep" diagnostic and is skipped in linear time, so that neither
 * the parser nor the recursive tree walkers above it (conversion, evaluation,
 * rules) can overflow the call stack. Real configurations nest a few dozen
 * levels at most.
 */
export const MAX_NESTING = 500;
