// The optional member profile for representativeness: coarse bands only, never exact values.
export const ageBands = ['18-34', '35-49', '50-64', '65-74', '75+'] as const;
export const householdTypes = ['single', 'couple', 'family', 'singleParent', 'other'] as const;
export const tenureBands = ['0-2', '3-9', '10-19', '20+'] as const;
