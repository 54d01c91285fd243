// Prettier's defaults already match the house (double quotes, semicolons, trailing commas,
// two-space indent); only the line length differs: 120, the width the code was written to.
/** @type {import("prettier").Config} */
export default {
  printWidth: 120,
};
