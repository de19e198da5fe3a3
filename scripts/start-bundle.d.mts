/**
 * The path of the bundle `npm start` runs for the current sources (src/app/main.ts and its
 * dependencies in one ES module), built first when missing.
 */
export function startBundle(): Promise<string>;
