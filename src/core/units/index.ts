/** Unit names: splitting written lists, aliases, group words and the leaders in charge (分管). */
export * from "./splitUnits";
export * from "./registry";
