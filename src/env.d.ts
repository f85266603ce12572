// Build constants (vite.config.ts `define`).
/** The page tools' script in the built extension, for scripting.executeScript. */
declare const __PAGE_TOOLS_FILE__: string;
