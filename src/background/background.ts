import readerFile from "../content/reader-view.ts?iife";
console.log(readerFile);
