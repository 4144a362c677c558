/** Importers of the documents offices already have (issue 4). */
export * from "./types";
