// Build constants (vite.config.ts `define`).
/** The page tools' script in the built extension, for scripting.executeScript. */
declare const __PAGE_TOOLS_FILE__: string;
/** The Word export's script in the built extension (the docx package), injected on the first Word export. */
declare const __DOCX_TOOLS_FILE__: string;
