export const upperFirst = string => string.charAt(0).toUpperCase() + string.slice(1);
export const lowerFirst = string => string.charAt(0).toLowerCase() + string.slice(1);
