// Prettier's defaults already match the house (double quotes, semicolons, trailing commas,
// two-space indent); the line length differs: 120, the width the code was written to. Embedded
// languages stay as written: the `html` tagged templates are the pages' markup, and reflowing
// them would change every page the site writes (their whitespace is output).
/** @type {import("prettier").Config} */
export default {
  printWidth: 120,
  embeddedLanguageFormatting: "off",
};
