// axe-core rules switched off in the whole-site check, each with the reason. Keep this empty
// unless a rule is wrong for this site and a person has checked what it flags by hand.
export const axeExceptions: { rule: string; reason: string }[] = [];
