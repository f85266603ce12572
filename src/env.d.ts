// crxjs turns `import file from './x.ts?iife'` into the output path of a self-contained script,
// for scripting.executeScript.
declare module '*?iife' {
  const path: string;
  export default path;
}
